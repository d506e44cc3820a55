<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../reviewer/ui/about.py" line="+16"/>
        <source>Qt for Python: the window</source>
        <translation>Qt для Python: вікно програми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine-translation engines</source>
        <translation>рушії машинного перекладу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database</source>
        <translation>база даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word diffs</source>
        <translation>порівняння за словами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles from web pages</source>
        <translation>статті з вебсторінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word files</source>
        <translation>файли Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel files</source>
        <translation>файли Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chrF and BLEU scores</source>
        <translation>оцінки chrF і BLEU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation-memory matches</source>
        <translation>збіги з пам’яті перекладів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics charts</source>
        <translation>діаграми статистики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys in the system&apos;s keyring</source>
        <translation>ключі у сховищі паролів системи</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Review machine translations of news articles against their published human versions, segment by segment.</source>
        <translation>Перевірка машинних перекладів новинних статей за опублікованими людськими перекладами, сегмент за сегментом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.</source>
        <translation>Ліцензія: GNU General Public License, версія 3 або новіша (GPL-3.0-or-later). Без жодних гарантій.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample article is an English article of RBC-Ukraine; its Ukrainian and Russian versions were written for this project.</source>
        <translation>Приклад — англійська стаття РБК-Україна; її український і російський переклади написано для цього проєкту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with</source>
        <translation>Створено за допомогою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="+12"/>
        <source>About Reviewer</source>
        <translation>Про Reviewer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer icon</source>
        <translation>Значок Reviewer</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../reviewer/ui/accessible_text.py" line="+29"/>
        <source>deleted: «{0}»</source>
        <translation>вилучено: «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inserted: «{0}»</source>
        <translation>вставлено: «{0}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no final text yet</source>
        <translation>остаточного тексту ще немає</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/accessible_names.py" line="+17"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in segments</source>
        <translation>Пошук у сегментах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show segments with status</source>
        <translation>Показати сегменти зі статусом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status in language</source>
        <translation>Статус мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find articles</source>
        <translation>Пошук статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target language</source>
        <translation>Мова перекладу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human version</source>
        <translation>Людський переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final translation</source>
        <translation>Остаточний переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the final text</source>
        <translation>Зміни в остаточному тексті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment details</source>
        <translation>Подробиці сегмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per segment: the source, then for each language the machine translation&apos;s changes to the human version, and the final text</source>
        <translation>Рядок на кожен сегмент: оригінал, потім для кожної мови зміни від машинного перекладу до людського та остаточний текст</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reviewer/ui/actions.py" line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>&amp;Переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;library…</source>
        <translation>Відкрити &amp;бібліотеку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review another library file in this window</source>
        <translation>Рецензувати в цьому вікні інший файл бібліотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open library on a &amp;server…</source>
        <translation>Відкрити бібліотеку на &amp;сервері…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review a team&apos;s library on a PostgreSQL server (a postgresql:// URL)</source>
        <translation>Рецензувати бібліотеку команди на сервері PostgreSQL (адреса postgresql://)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import article…</source>
        <translation>&amp;Імпортувати статтю…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file or a URL</source>
        <translation>Імпортувати файл або URL-адресу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export approved translations</source>
        <translation>Експортувати затверджені переклади</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;translation memory or XLIFF…</source>
        <translation>Імпортувати &amp;пам’ять перекладів або XLIFF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring a TMX or XLIFF file from another tool into the translation memory, a human version or a new article</source>
        <translation>Додати файл TMX або XLIFF з іншої програми до пам’яті перекладів, як людський переклад або як нову статтю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn off article</source>
        <translation>Підписати с&amp;таттю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the approved segments of this article in the language shown against changes by anyone but an editor (an editor only)</source>
        <translation>Заблокувати затверджені сегменти цієї статті мовою, що показана, від змін усіма, крім редактора (лише для редактора)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open signed-off article…</source>
        <translation>Від&amp;крити підписану статтю знову…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the signed-off segments in the language shown, with the reason kept in the history (an editor only)</source>
        <translation>Розблокувати підписані сегменти мовою, що показана; причина зберігається в історії (лише для редактора)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find and filter</source>
        <translation>&amp;Знайти й відфільтрувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter segments by text, status, language, errors or differences</source>
        <translation>Фільтрувати сегменти за текстом, статусом, мовою, помилками чи відмінностями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and re&amp;place…</source>
        <translation>Знайти й за&amp;мінити…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace text in the final translations of this article or the whole library, with a preview</source>
        <translation>Замінити текст в остаточних перекладах цієї статті або всієї бібліотеки, з попереднім переглядом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spe&amp;lling suggestions</source>
        <translation>Варіанти правопис&amp;у</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions for the next misspelt word of the final text, to add it to the dictionary or ignore it</source>
        <translation>Варіанти для наступного слова з помилкою в остаточному тексті; слово можна додати до словника або ігнорувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;all segments</source>
        <translation>Показати &amp;всі сегменти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only segments with &amp;QA findings</source>
        <translation>Лише сегменти із зауваженнями &amp;якості</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only segments whose text has QA findings (again to show all)</source>
        <translation>Показати лише сегменти, у тексті яких є зауваження перевірки якості (ще раз — показати всі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only r&amp;epeats</source>
        <translation>Лише п&amp;овтори</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only segments filled from a repeat of an approved segment (again to show all)</source>
        <translation>Показати лише сегменти, заповнені з повтору затвердженого сегмента (ще раз — показати всі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only segments with c&amp;omments</source>
        <translation>Лише сегменти з комента&amp;рями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only segments with a comment (again to show all)</source>
        <translation>Показати лише сегменти з коментарем (ще раз — показати всі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Concordance…</source>
        <translation>&amp;Конкорданс…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a phrase (the selection) was translated before: approved translations, human versions and the translation memory</source>
        <translation>Як фразу (виділене) перекладали раніше: затверджені переклади, людські переклади й пам’ять перекладів</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert the concordance hit</source>
        <translation>Вст&amp;авити знайдене в конкордансі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected concordance hit&apos;s phrase (or its whole translation) at the cursor of the final text; Enter in the concordance does the same</source>
        <translation>Вставити фразу з вибраного рядка конкордансу (або весь його переклад) в остаточний текст на місце курсора; Enter у конкордансі робить те саме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;term to the glossary…</source>
        <translation>Додати &amp;термін до глосарію…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the words selected in the source and in the final text (or the human version) to the glossary</source>
        <translation>Додати до глосарію слова, виділені в оригіналі та в остаточному тексті (або в людському перекладі)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Глосарій…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List, filter, edit and delete the glossary&apos;s terms</source>
        <translation>Переглянути, відфільтрувати, змінити й вилучити терміни глосарію</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &amp;machine translation</source>
        <translation>Взяти &amp;машинний переклад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &amp;human version</source>
        <translation>Взяти &amp;людський переклад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;best translation-memory match</source>
        <translation>Взяти найкращий з&amp;біг із пам’яті перекладів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the best match of 75% or more from the translation memory into the final text</source>
        <translation>Скопіювати в остаточний текст найкращий збіг від 75% з пам’яті перекладів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve and go to next unapproved</source>
        <translation>&amp;Затвердити й перейти до наступного незатвердженого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject and go to next</source>
        <translation>&amp;Відхилити й перейти до наступного</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous segment</source>
        <translation>&amp;Попередній сегмент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next segment</source>
        <translation>&amp;Наступний сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to segment…</source>
        <translation>Перейти до &amp;сегмента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit final text</source>
        <translation>&amp;Редагувати остаточний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment…</source>
        <translation>&amp;Коментар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k error…</source>
        <translation>Позначити помилк&amp;у…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the words selected in the final text (or in the text Ctrl+Shift+M shows) as an MQM error: category, severity, note</source>
        <translation>Позначити виділені слова остаточного тексту (або тексту, який показує Ctrl+Shift+M) як помилку MQM: категорія, серйозність, примітка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark errors in an&amp;other text</source>
        <translation>Помилки в іншому &amp;тексті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the segment&apos;s next machine translation or its human version under the final text to select words there and mark them with Ctrl+Shift+E; Esc goes back</source>
        <translation>Показати під остаточним текстом наступний машинний переклад сегмента або його людський переклад, щоб виділити там слова й позначити їх Ctrl+Shift+E; Esc — назад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark QA &amp;finding as error</source>
        <translation>Позначити зауваження QA як пом&amp;илку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the segment&apos;s next QA finding not yet marked an MQM error annotation</source>
        <translation>Зробити наступне ще не позначене зауваження QA сегмента анотацією помилки MQM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next target &amp;language</source>
        <translation>Наступна мова пер&amp;екладу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment histor&amp;y…</source>
        <translation>&amp;Історія сегмента…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every version of the final text with who, when and what changed; restore one</source>
        <translation>Усі версії остаточного тексту: хто, коли й що змінив; відновити будь-яку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill repea&amp;ts of approved segments</source>
        <translation>Заповнити п&amp;овтори затверджених сегментів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill segments with no translation that repeat an approved segment as drafts, to confirm with Ctrl+Enter</source>
        <translation>Заповнити сегменти без перекладу, що повторюють затверджений сегмент, як чернетки (підтвердити — Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill repeats a&amp;utomatically</source>
        <translation>Заповнювати повтори &amp;автоматично</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill repeats when an article opens and after each approval</source>
        <translation>Заповнювати повтори, коли відкривається стаття, і після кожного затвердження</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fetch machine translations</source>
        <translation>&amp;Отримати машинні переклади</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch machine translations for every segment (cached results cost nothing)</source>
        <translation>Отримати машинні переклади для всіх сегментів (результати з кешу нічого не коштують)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refetch, ignoring the cache</source>
        <translation>Отримати &amp;знову, без кешу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;align with machine translations…</source>
        <translation>&amp;Вирівняти за машинними перекладами…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the human text beside the segments whose machine translations it resembles; preview first</source>
        <translation>Поставити людський переклад біля сегментів, на машинні переклади яких він схожий; спершу показати зміни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chec&amp;k links with the sentence encoder…</source>
        <translation>Перевірити зв’язки &amp;кодувальником речень…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link again sentences left unlinked that mean the same, unlink sentences that do not; preview first</source>
        <translation>Зв’язати знову незв’язані речення з тим самим змістом, розв’язати речення з різним змістом; спершу попередній перегляд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel background work</source>
        <translation>&amp;Скасувати фонову роботу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine &amp;settings…</source>
        <translation>&amp;Налаштування рушія…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Більший текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Менший текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library panel</source>
        <translation>&amp;Панель бібліотеки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the list of articles (more room for the segments on a small screen)</source>
        <translation>Показати або сховати список статей (більше місця для сегментів на малому екрані)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine scores against the human versions, progress, effort and QA findings</source>
        <translation>Оцінки рушіїв щодо людських перекладів, прогрес, обсяг правок і зауваження перевірки якості</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reviewer</source>
        <translation>&amp;Про Reviewer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo the last edit or approval</source>
        <translation>Скасувати останню правку чи затвердження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
</context>
<context>
    <name>AnnotationAids</name>
    <message>
        <location filename="../../reviewer/ui/annotation_work.py" line="+105"/>
        <source>This segment has no machine translation or human version to mark errors in (F5 fetches machine translations).</source>
        <translation>У цьому сегменті немає машинного чи людського перекладу, у якому можна позначати помилки (F5 отримує машинні переклади).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Mark errors in the final text once it is saved: type or take a translation first.</source>
        <translation>Помилки позначають в остаточному тексті, коли його збережено: спершу введіть або візьміть переклад.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Mark error in segment {0}</source>
        <translation>Позначення помилки в сегменті {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change error in segment {0}</source>
        <translation>Зміна помилки в сегменті {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No QA finding to mark as an error in this segment.</source>
        <translation>У цьому сегменті немає зауважень QA, які можна позначити як помилку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark QA finding as error in segment {0}</source>
        <translation>Позначення зауваження QA як помилки в сегменті {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as an error: {0}</source>
        <translation>Позначено як помилку: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every QA finding of this segment is marked already.</source>
        <translation>Усі зауваження QA цього сегмента вже позначено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove error in segment {0}</source>
        <translation>Вилучення помилки в сегменті {0}</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <location filename="../../reviewer/ui/annotation_marks.py" line="+71"/>
        <source>MQM errors marked in this segment (Ctrl+Shift+E marks the selected words, Enter changes the current one, Delete removes it)</source>
        <translation>Помилки MQM, позначені в цьому сегменті (Ctrl+Shift+E позначає виділені слова, Enter змінює поточну, Delete вилучає її)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>(пропущено)</translation>
    </message>
</context>
<context>
    <name>AnnotationPicker</name>
    <message>
        <location filename="../../reviewer/ui/annotation_picker.py" line="+33"/>
        <source>Neutral</source>
        <translation>Нейтральна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Незначна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Значна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Критична</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mark error</source>
        <translation>Позначити помилку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change error</source>
        <translation>Змінити помилку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error in: “{0}”</source>
        <translation>Помилка в: «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error at the cursor (something missing)</source>
        <translation>Помилка в позиції курсора (щось пропущено)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to filter the categories</source>
        <translation>Введіть текст, щоб відфільтрувати категорії</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note (optional)</source>
        <translation>Примітка (необов’язково)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity:</source>
        <translation>Серйозність:</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../reviewer/ui/models.py" line="+27"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Src</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segs
words</source>
        <translation>Сегм.
слова</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Segments approved of all, and the share of the source words approved, per language</source>
        <translation>Затверджені сегменти з усіх і частка затверджених слів оригіналу, для кожної мови</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments, and under them the source words (counted as CAT tools count them)</source>
        <translation>Сегменти, а під ними слова оригіналу (пораховані так, як їх рахують CAT-інструменти)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../../reviewer/ui/window_work.py" line="+69"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling… everything fetched so far is saved.</source>
        <translation>Скасування… усе вже отримане збережено.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Background work is running; wait for it or cancel it first.</source>
        <translation>Виконується фонова робота: дочекайтеся її завершення або спершу скасуйте її.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} (Translate &gt; Engine settings…)</source>
        <translation>{0} (Переклад &gt; Налаштування рушія…)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fetching machine translations from {0}…</source>
        <translation>Отримання машинних перекладів від {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} fetched</source>
        <translation>отримано: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from the cache</source>
        <translation>з кешу: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} failed (see the ⚠ cells)</source>
        <translation>з помилкою: {0} (див. клітинки з ⚠)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine translation: {0}.</source>
        <translation>Машинний переклад: {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing “{0}”…</source>
        <translation>Імпорт «{0}»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported.</source>
        <translation>Імпортовано.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting to {0}…</source>
        <translation>Експорт у {0}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import translation memory or XLIFF</source>
        <translation>Імпорт пам’яті перекладів або XLIFF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TMX and XLIFF ({0});;All files (*)</source>
        <translation>TMX і XLIFF ({0});;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading {0}…</source>
        <translation>Читання {0}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: no translation units in the file; nothing was imported.</source>
        <translation>{0}: у файлі немає одиниць перекладу; нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing {0}…</source>
        <translation>Імпорт {0}…</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../reviewer/ui/realign_dialog.py" line="+58"/>
        <source>Take</source>
        <translation>Взяти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human text before</source>
        <translation>Людський переклад до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human text after</source>
        <translation>Людський переклад після</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../reviewer/ui/chart_panel.py" line="+60"/>
        <source>Chart</source>
        <extracomment>Export formats: the file filter each offers in the save dialog. A resize asks for a new image once it has stopped for this long.</extracomment>
        <translation>Діаграма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export P&amp;NG…</source>
        <translation>Експорт у P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export S&amp;VG…</source>
        <translation>Експорт у S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Зберегти цю діаграму як зображення PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an SVG drawing (scales without blur, opens in a browser or Inkscape)</source>
        <translation>Зберегти цю діаграму як рисунок SVG (масштабується без розмиття, відкривається в браузері чи Inkscape)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart</source>
        <translation>Експорт діаграми</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save {0}: {1}</source>
        <translation>Не вдалося зберегти {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../reviewer/ui/concordance.py" line="+78"/>
        <source>Found in</source>
        <translation>Де знайдено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>human version</source>
        <translation>людський переклад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory</source>
        <translation>пам’ять перекладів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, segment {n}</source>
        <translation>, сегмент {n}</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <location line="+29"/>
        <source>A phrase in English, Ukrainian or Russian</source>
        <translation>Фраза англійською, українською чи російською</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Concordance phrase</source>
        <translation>Фраза для конкордансу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concordance hits</source>
        <translation>Знайдене в конкордансі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a phrase to see where it was translated before.</source>
        <translation>Введіть фразу, щоб побачити, як її перекладали раніше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} hits for “{phrase}”; Enter inserts the selected one.</source>
        <translation>«{phrase}»: знайдено {n}; Enter вставляє вибране.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{phrase}” occurs nowhere yet.</source>
        <translation>«{phrase}» ще ніде не трапляється.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../reviewer/ui/conflict_dialog.py" line="+67"/>
        <source>Changed by someone else</source>
        <translation>Змінено кимось іншим</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment {number} ({lang}) was changed by {who} at {when} since you read it.</source>
        <translation>Сегмент {number} ({lang}) змінив(-ла) {who} о {when}, відколи ви його прочитали.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment {number} ({lang}) was removed by {who} at {when} since you read it.</source>
        <translation>Сегмент {number} ({lang}) видалив(-ла) {who} о {when}, відколи ви його прочитали.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Theirs ({status}):</source>
        <translation>Їхній варіант ({status}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours ({status}):</source>
        <translation>Ваш варіант ({status}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: your changes placed in theirs (you may edit it):</source>
        <translation>Об’єднано: ваші зміни внесено в їхній варіант (можна редагувати):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged: {count} of your changes could not be placed (you may edit it):</source>
        <translation>Об’єднано: не вдалося внести ваших змін: {count} (можна редагувати):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;мій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Залишити &amp;їхній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy theirs into the editor</source>
        <translation>&amp;Копіювати їхній у редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use m&amp;erged text</source>
        <translation>Використати &amp;об’єднаний текст</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location line="+56"/>
        <source>Merge segment {0}</source>
        <translation>Об’єднання сегмента {0}</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../reviewer/ui/editor_panel.py" line="+81"/>
        <source>Final translation: Ctrl+1 takes the machine translation, Ctrl+2 the human version, or type; Ctrl+Enter approves.</source>
        <translation>Остаточний переклад: Ctrl+1 бере машинний переклад, Ctrl+2 — людський, або введіть текст; Ctrl+Enter затверджує.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comment for this segment (saved as you type)</source>
        <translation>Коментар до цього сегмента (зберігається під час введення)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Final text</source>
        <translation>Остаточний текст</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No segment selected</source>
        <translation>Сегмент не вибрано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment {n} of {total} · {role} · paragraph {paragraph}</source>
        <translation>Сегмент {n} з {total} · {role} · абзац {paragraph}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No machine translation yet: press F5 to fetch.</source>
        <translation>Машинного перекладу ще немає: натисніть F5, щоб отримати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in the human version</source>
        <translation>немає в людському перекладі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the human sentence above</source>
        <translation>частина речення людського перекладу вище</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no human version</source>
        <translation>людського перекладу немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in the human version:</source>
        <translation>додано в людському перекладі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lang} human version</source>
        <translation>Людський переклад {lang}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>empty answer</source>
        <translation>порожня відповідь</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{engine} machine translation</source>
        <translation>машинний переклад {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Взяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this machine translation into the final text</source>
        <translation>Скопіювати цей машинний переклад в остаточний текст</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Changes to the text it started from:</source>
        <translation>Зміни щодо початкового тексту:</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <location filename="../../reviewer/ui/spell_work.py" line="+231"/>
        <source>“{word}” added to the library&apos;s dictionary ({lang}).</source>
        <translation>«{word}» додано до словника бібліотеки ({lang}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{word}” was not added to the dictionary: {error}</source>
        <translation>«{word}» не додано до словника: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s dictionary could not be read: {0}</source>
        <translation>Не вдалося прочитати словник бібліотеки: {0}</translation>
    </message>
</context>
<context>
    <name>EffortTab</name>
    <message>
        <location filename="../../reviewer/ui/effort_tab.py" line="+74"/>
        <source>By the text started from (engine):</source>
        <translation>За текстом, з якого почали (рушій):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By person:</source>
        <translation>За людиною:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active time: while the final text has the focus, a pause longer than {0:g} s counts as {0:g} s. Seconds per source word; keystrokes per character of the approved text; edit distance in characters and HTER from the text started from to the approved text. Recorded on this machine only (Settings: Editing log).</source>
        <translation>Активний час: поки остаточний текст у фокусі; пауза, довша за {0:g} с, рахується як {0:g} с. Секунди на слово оригіналу; натискання клавіш на символ затвердженого тексту; відстань редагування в символах і HTER від тексту, з якого почали, до затвердженого. Записується лише на цьому комп’ютері (Налаштування: Журнал правок).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active s</source>
        <translation>Активно, с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s / word</source>
        <translation>с / слово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keystrokes</source>
        <translation>Натискання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys / char</source>
        <translation>Натискань / символ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit distance</source>
        <translation>Відстань редагування</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTER</source>
        <translation>HTER</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Started from</source>
        <translation>Почато з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: no post-editing effort recorded yet; it is recorded when a segment is approved in the window.</source>
        <translation>{0}: зусиль постредагування ще не записано; їх записують, коли сегмент затверджують у вікні.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: approvals with their effort: {1}.</source>
        <translation>{0}: затверджень із записаними зусиллями: {1}.</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../reviewer/ui/engine_texts.py" line="+21"/>
        <source>free web endpoint, no key; the default</source>
        <extracomment>What each engine is, by engine id (the same words as ``EngineSpec.note``).</extracomment>
        <translation>безкоштовний вебсервіс, без ключа; типовий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free, no key; a small daily allowance</source>
        <translation>безкоштовний, без ключа; невеликий денний ліміт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key (free keys end in :fx); character quota per month</source>
        <translation>ключ (безкоштовні ключі закінчуються на :fx); ліміт символів на місяць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key; region from MICROSOFT_REGION if the key needs one</source>
        <translation>ключ; регіон з MICROSOFT_REGION, якщо ключ його потребує</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key; deep-translator speaks the legacy v1.5 API</source>
        <translation>ключ; deep-translator працює через застарілий API v1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-hosted server (URL), key only if the server asks for one</source>
        <translation>власний сервер (URL), ключ лише якщо сервер його вимагає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI or a local server (Ollama, llama.cpp, vLLM, LM Studio): URL, model, key if any</source>
        <translation>OpenAI або локальний сервер (Ollama, llama.cpp, vLLM, LM Studio): URL, модель, ключ за потреби</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional extra: uv sync --extra argos; models from .argosmodel files</source>
        <translation>необов’язкове доповнення: uv sync --extra argos; моделі з файлів .argosmodel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact and &gt;= 75% matches from approved segments and imported TMX/XLIFF; no network</source>
        <translation>точні збіги та збіги від 75% із затверджених сегментів та імпортованих TMX/XLIFF; без мережі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Argos Translate (offline)</source>
        <extracomment>Engine names that are descriptions rather than brands.</extracomment>
        <translation>Argos Translate (офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI-compatible chat model</source>
        <translation>Чат-модель, сумісна з OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation memory (offline)</source>
        <translation>Пам’ять перекладів (офлайн)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ready</source>
        <extracomment>``registry.status`` messages: a pattern over the English text and its translation template.</extracomment>
        <translation>готовий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed</source>
        <translation>встановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready (give a model)</source>
        <translation>готовий (вкажіть модель)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready (key from {source})</source>
        <translation>готовий (ключ: {source})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an API key ({where} or keyring)</source>
        <translation>потрібен ключ API ({where} або сховище ключів)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed: {command}</source>
        <translation>не встановлено: {command}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system keyring</source>
        <extracomment>Where a key was found (``KeyLookup.source``).</extracomment>
        <translation>системне сховище ключів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an environment variable</source>
        <translation>змінна середовища</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no secure key store (system keyring) was found, so API keys are read from environment variables ({vars}); they are not stored encrypted</source>
        <extracomment>The same sentence as ``keys.NO_KEYRING`` (a test keeps the two equal).</extracomment>
        <translation>захищеного сховища ключів (системного) не знайдено, тож ключі API читаються зі змінних середовища ({vars}); вони не зберігаються зашифрованими</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../reviewer/ui/exchange_work.py" line="+117"/>
        <source>{0} files in {1}</source>
        <extracomment>What the file chooser offers for import (the extensions ``read_exchange`` understands).</extracomment>
        <translation>файли ({0}) у теці {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} files ({1}, …)</source>
        <translation>файли ({0}: {1}, …)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported translations: {0} ({1}) to {2}.</source>
        <translation>Експортовано перекладів: {0} ({1}) у {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported approved translations: {0} ({1}) to {2}.</source>
        <translation>Експортовано затверджених перекладів: {0} ({1}) у {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is approved yet in these languages: choose “All translations, with their status” to export drafts too.</source>
        <translation>Цими мовами ще нічого не затверджено: виберіть «Усі переклади з їхнім статусом», щоб експортувати й чернетки.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> from {0}</source>
        <translation> з {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1}: {2} units read.</source>
        <translation>{0}{1}: прочитано {2} од.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory: {0} added, {1} already there, {2} skipped (untranslated or rejected).</source>
        <translation>Пам’ять перекладів: додано {0}, уже були {1}, пропущено {2} (неперекладені чи відхилені).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} sentences</source>
        <translation>{0} — речень: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sentences</source>
        <translation>жодного речення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human version: {0}.</source>
        <translation>Людський переклад: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New article: {0}.</source>
        <translation>Нова стаття: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} links differ from the source and are flagged for review.</source>
        <translation>Зв’язків, що відрізняються від оригіналу й позначені для перевірки: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages left out: {0}.</source>
        <translation>Пропущені мови: {0}.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../reviewer/ui/exchange_import_dialog.py" line="+37"/>
        <source>Import translation memory or XLIFF</source>
        <translation>Імпорт пам’яті перекладів або XLIFF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> written by {0}</source>
        <translation> (створено в {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}{2}, {3} units; languages: {4}.</source>
        <translation>{0}: {1}{2}, {3} од.; мови: {4}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the &amp;translation memory</source>
        <translation>Додати до &amp;пам’яті перекладів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as the &amp;human version of “{0}” in</source>
        <translation>Використати як &amp;людський переклад «{0}» мовою</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a &amp;new article called</source>
        <translation>Створити &amp;нову статтю з назвою</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an article first</source>
        <translation>Спершу відкрийте статтю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no target-language text</source>
        <translation>У файлі немає тексту мовою перекладу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="+58"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;article: {0}</source>
        <translation>Ця &amp;стаття: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole &amp;library</source>
        <translation>Уся &amp;бібліотека</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved translations &amp;only</source>
        <translation>&amp;Лише затверджені переклади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All translations, &amp;with their status</source>
        <translation>Усі переклади з їхнім с&amp;татусом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out, with a visible marker</source>
        <translation>Пропустити, залишивши видиму позначку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the published human version</source>
        <translation>Взяти опублікований людський переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the machine translation</source>
        <translation>Взяти машинний переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a &amp;BOM (for Excel)</source>
        <translation>Почати з &amp;BOM (для Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neutralise cells a spreadsheet would run as formulas</source>
        <translation>Зне&amp;шкодити клітинки, які електронна таблиця виконала б як формули</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TMX 1.4b translation memory (.tmx)</source>
        <translation>Пам’ять перекладів TMX 1.4b (.tmx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLIFF 1.2, for CAT tools (.xlf)</source>
        <translation>XLIFF 1.2 для CAT-систем (.xlf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLIFF 2.1, one file per language (.xlf)</source>
        <translation>XLIFF 2.1, окремий файл для кожної мови (.xlf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (.csv)</source>
        <translation>Таблиця CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article as plain text (.txt)</source>
        <translation>Стаття як звичайний текст (.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article as Markdown (.md)</source>
        <translation>Стаття у форматі Markdown (.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article as a Word document (.docx)</source>
        <translation>Стаття як документ Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article as a web page (.html)</source>
        <translation>Стаття як вебсторінка (.html)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export:</source>
        <translation>Експортувати:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations:</source>
        <translation>Переклади:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unapproved segments:</source>
        <translation>&amp;Незатверджені сегменти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV:</source>
        <translation>CSV:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Зберегти в:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>One file per article and language goes into this folder (made if missing).</source>
        <translation>У цю теку піде окремий файл для кожної статті й мови (теку буде створено, якщо її немає).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file per language: {0}.</source>
        <translation>Окремий файл для кожної мови: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export into folder</source>
        <translation>Експорт у теку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to</source>
        <translation>Експорт у файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one language.</source>
        <translation>Позначте принаймні одну мову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the export.</source>
        <translation>Виберіть, куди зберегти експорт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {0} does not exist.</source>
        <translation>Теки {0} не існує.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder; give a file name.</source>
        <translation>{0} — це тека; вкажіть назву файлу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace files?</source>
        <translation>Замінити файли?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} вже існує. Замінити?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../reviewer/ui/filter_bar.py" line="+46"/>
        <source>Find in source, human, machine or final text</source>
        <translation>Шукати в оригіналі й перекладах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any status</source>
        <translation>будь-який статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all languages</source>
        <translation>усі мови</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only fetch errors</source>
        <translation>лише помилки отримання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only where machine ≠ human</source>
        <translation>лише де машинний ≠ людський</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only QA findings</source>
        <translation>лише із зауваженнями якості</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only segments whose checked text has QA findings</source>
        <translation>Лише сегменти, у перевіреному тексті яких є зауваження перевірки якості</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only repeats</source>
        <translation>лише повтори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only segments filled from a repeat of an approved segment</source>
        <translation>Лише сегменти, заповнені з повтору затвердженого сегмента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only with comments</source>
        <translation>лише з коментарями</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter:</source>
        <translation>Фільтр:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>more: {0}</source>
        <translation>ще: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more…</source>
        <translation>ще…</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <location filename="../../reviewer/ui/glossary_window.py" line="+95"/>
        <source>Source term</source>
        <translation>Термін оригіналу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>GlossaryNote</name>
    <message>
        <location filename="../../reviewer/ui/glossary_highlight.py" line="+62"/>
        <source>no {lang} term in the glossary</source>
        <translation>у глосарії немає терміна {lang}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Glossary ({lang}):</source>
        <translation>Глосарій ({lang}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed translations of the highlighted terms; the QA check “Glossary” flags a final text that does not use them.</source>
        <translation>Узгоджені переклади виділених термінів; перевірка якості «Глосарій» позначає остаточний текст, у якому їх не використано.</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <location filename="../../reviewer/ui/glossary_window.py" line="+35"/>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter: type part of a term or a note</source>
        <translation>Фільтр: введіть частину терміна чи примітки</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter the glossary</source>
        <translation>Фільтрувати глосарій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary terms</source>
        <translation>Терміни глосарію</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 edits a cell (several terms: separate them with “;”), Delete removes a term, Ctrl+Z undoes.</source>
        <translation>F2 змінює клітинку (кілька термінів розділяйте «;»), Delete вилучає термін, Ctrl+Z скасовує.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The glossary could not be read: {error}</source>
        <translation>Не вдалося прочитати глосарій: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The glossary was not changed: {error}</source>
        <translation>Глосарій не змінено: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation>{what}. Ctrl+Z скасовує це.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A term needs at least one translation; delete it with Delete instead.</source>
        <translation>Термін потребує хоча б одного перекладу; щоб вилучити його, натисніть Delete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed “{term}”</source>
        <translation>Змінено «{term}»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “{term}”</source>
        <translation>Вилучено «{term}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Undone: {what}.</source>
        <translation>Скасовано: {what}.</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../reviewer/ui/goto.py" line="+25"/>
        <source>Go to segment</source>
        <translation>Перейти до сегмента</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment number, 1 to {total}; Enter goes there, Esc closes.</source>
        <translation>Номер сегмента, від 1 до {total}; Enter — перейти, Esc — закрити.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no segment {number}: this article has segments 1 to {total}.</source>
        <translation>Сегмента {number} немає: у цій статті сегменти від 1 до {total}.</translation>
    </message>
</context>
<context>
    <name>HistogramTab</name>
    <message>
        <location filename="../../reviewer/ui/stats_tabs.py" line="+140"/>
        <source>Segment chrF per engine, {0}</source>
        <translation>chrF сегментів за рушіями, {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="+90"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes from the version before</source>
        <translation>Зміни відносно попередньої версії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQM errors</source>
        <translation>Помилки MQM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(text unchanged)</source>
        <translation>(текст не змінено)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Відновити цю версію</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>↑ ↓ choose a version, Enter restores it (one undo step: Ctrl+Z takes it back), Esc closes.</source>
        <translation>↑ ↓ — вибрати версію, Enter — відновити її (один крок скасування: Ctrl+Z повертає), Esc — закрити.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded changes yet in this language.</source>
        <translation>Цією мовою ще немає записаних змін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQM errors: + marked, ~ changed, − removed while that version was the latest (the tooltip says who and when).</source>
        <translation>Помилки MQM: + позначено, ~ змінено, − вилучено, поки ця версія була останньою (хто й коли — у підказці).</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <location filename="../../reviewer/ui/history_errors.py" line="+16"/>
        <source>marked</source>
        <translation>позначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redone</source>
        <translation>повернено</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="+49"/>
        <source>Import an article</source>
        <translation>Імпорт статті</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Source:</source>
        <translation>&amp;Оригінал:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…or paste the source te&amp;xt:</source>
        <translation>…або вставте &amp;текст оригіналу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;{0} human version (optional):</source>
        <translation>Людський переклад &amp;{0} (необов’язково):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or paste the {0} text:</source>
        <translation>…або вставте текст {0}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the article</source>
        <translation>зі статті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect (English if unknown)</source>
        <translation>Визначити (англійська, якщо не вдасться)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the source, then Preview to check the segments and the alignment.</source>
        <translation>Вкажіть оригінал, потім натисніть «Попередній перегляд», щоб перевірити сегменти й вирівнювання.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Попередній перегляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Titl&amp;e:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Give the source: a file, an https:// address, or pasted text.</source>
        <translation>Вкажіть оригінал: файл, адресу https:// або вставлений текст.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the pasted source text</source>
        <translation>вставлений текст оригіналу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pasted {0} text</source>
        <translation>вставлений текст {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected error: {0}: {1}</source>
        <translation>Неочікувана помилка: {0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The inputs changed: Preview again.</source>
        <translation>Вхідні дані змінилися: перегляньте ще раз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading and aligning… a web page can take a while.</source>
        <translation>Читання й вирівнювання… вебсторінка може завантажуватися довго.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of “{0}”: {1}. Fix the links if needed, then Import.</source>
        <translation>Попередній перегляд «{0}»: {1}. За потреби виправте зв’язки, потім натисніть «Імпортувати».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address led to {0}.</source>
        <translation>Адреса привела до {0}.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <location filename="../../reviewer/ui/import_inputs.py" line="+46"/>
        <source>a file, or an https:// address</source>
        <translation>файл або адреса https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…or paste the text here</source>
        <translation>…або вставте текст сюди</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pasted text</source>
        <translation>вставлений текст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Статті (*.txt *.md *.markdown *.html *.htm *.docx);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pasted text is used; clear it to use a file or address.</source>
        <translation>Використовується вставлений текст; очистьте його, щоб узяти файл або адресу.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../reviewer/ui/labels.py" line="+20"/>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subheading</source>
        <translation>підзаголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>підпис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>machine translation</source>
        <translation>машинний переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>human version</source>
        <translation>людський переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation memory</source>
        <translation>пам’ять перекладів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <location filename="../../reviewer/ui/stats_models.py" line="+119"/>
        <source>{0} translated {1} segments scored in {2} units.</source>
        <translation>{0}: перекладено сегментів — {1}, оцінено одиниць — {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} segments have no translation by it.</source>
        <translation>Сегментів без його перекладу: {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTER: TER of its translation against the approved text, over {0} approved segments (lower: less editing).</source>
        <translation>HTER: TER його перекладу щодо затвердженого тексту; затверджених сегментів: {0} (менше — менше редагування).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Closer to the published text: best chrF on the {0} units every engine translated, a significant lead.</source>
        <translation>Ближче до опублікованого тексту: найкращий chrF на {0} од., які переклали всі рушії, і перевага значуща.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Best {0} on the shared units.</source>
        <translation>Найкращий {0} на спільних одиницях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} on the shared units: {1:.2f}, 95% interval {2:.2f}–{3:.2f} (paired bootstrap).</source>
        <translation>{0} на спільних одиницях: {1:.2f}, 95% інтервал {2:.2f}–{3:.2f} (парний бутстреп).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p = {0} against the leader.</source>
        <translation>p = {0} щодо лідера.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Engine</source>
        <translation>Рушій</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Одиниці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTER</source>
        <translation>HTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chrF 95% interval</source>
        <translation>95% інтервал chrF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p (chrF)</source>
        <translation>p (chrF)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines scored: one per alignment link with both a machine and a human translation</source>
        <translation>Оцінені рядки: по одному на зв’язок вирівнювання, що має і машинний, і людський переклад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chrF (higher is better), sacrebleu {0}</source>
        <translation>chrF (більше — краще), sacrebleu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chrF++ (higher is better), sacrebleu {0}</source>
        <translation>chrF++ (більше — краще), sacrebleu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLEU (higher is better), sacrebleu {0}</source>
        <translation>BLEU (більше — краще), sacrebleu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TER (lower is better), sacrebleu {0}</source>
        <translation>TER (менше — краще), sacrebleu {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTER: TER against the approved final text (lower is better), sacrebleu {0}</source>
        <translation>HTER: TER щодо затвердженого остаточного тексту (менше — краще), sacrebleu {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where chrF on the shared units lies in 95% of sacrebleu&apos;s paired bootstrap resamples</source>
        <translation>Де лежить chrF на спільних одиницях у 95% повторних вибірок парного бутстрепу sacrebleu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p-value of the difference in chrF to the leader (paired bootstrap): below the level, the difference is significant</source>
        <translation>p-значення різниці chrF з лідером (парний бутстреп): нижче за рівень — різниця значуща</translation>
    </message>
</context>
<context>
    <name>LeaderboardTab</name>
    <message>
        <location filename="../../reviewer/ui/stats_tabs.py" line="-53"/>
        <source>{0}: {1} segments; {2} scoring units have a published human version. {3} segments are missing from the human version, {4} human sentences have no source.</source>
        <translation>{0}: сегментів — {1}; одиниць оцінювання з опублікованим людським перекладом — {2}. Сегментів, яких немає в людському перекладі, — {3}; речень людського перекладу без оригіналу — {4}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No machine translations into {0} yet: fetch them in the window (F5).</source>
        <translation>Машинних перекладів мовою {0} ще немає: отримайте їх у головному вікні (F5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closer to the published {0} text: none called, since the engines translated different segments (their scores do not compare).</source>
        <translation>Ближче до опублікованого тексту {0}: не визначено, бо рушії перекладали різні сегменти (їхні оцінки непорівнянні).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closer to the published {0} text: it takes two engines that translated the same segments to tell.</source>
        <translation>Ближче до опублікованого тексту {0}: щоб визначити, потрібні два рушії, які переклали ті самі сегменти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closer to the published {0} text: a tie between {1} (chrF on {2} shared units).</source>
        <translation>Ближче до опублікованого тексту {0}: нічия між {1} (chrF на {2} спільних од.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corpus scores of each engine&apos;s lines against the published human version, as sacrebleu&apos;s corpus_score computes them (not an average of segment scores). Bold: the best engine by that metric on the shared units. HTER: TER of the machine translation against the approved text.</source>
        <translation>Корпусні оцінки рядків кожного рушія щодо опублікованого людського перекладу, як їх обчислює corpus_score у sacrebleu (не середнє оцінок сегментів). Жирним — найкращий рушій за цією метрикою на спільних одиницях. HTER: TER машинного перекладу щодо затвердженого тексту.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sacrebleu signatures: chrF {0} · chrF++ {1} · BLEU {2} · TER {3}</source>
        <translation>Підписи sacrebleu: chrF {0} · chrF++ {1} · BLEU {2} · TER {3}</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <location filename="../../reviewer/ui/library_open.py" line="+154"/>
        <source>Open library</source>
        <translation>Відкрити бібліотеку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries (*.db *.sqlite);;All files (*)</source>
        <translation>Бібліотеки (*.db *.sqlite);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reviewer/ui/library_panel.py" line="+45"/>
        <source>Filter articles</source>
        <translation>Фільтр статей</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import article…</source>
        <translation>Імпортувати статтю…</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../reviewer/ui/alignment_preview.py" line="+70"/>
        <source>&amp;Merge with next</source>
        <translation>&amp;Об’єднати з наступним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join this link and the next one into one link</source>
        <translation>Об’єднати цей зв’язок із наступним в один</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spli&amp;t…</source>
        <translation>&amp;Розділити…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut this link in two</source>
        <translation>Розділити цей зв’язок на два</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move boundary &amp;down</source>
        <translation>Межу в&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link takes the next human sentence</source>
        <translation>Цей зв’язок забирає наступне речення людського перекладу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move boundary u&amp;p</source>
        <translation>Межу в&amp;гору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link gives its last human sentence to the next</source>
        <translation>Цей зв’язок віддає своє останнє речення людського перекладу наступному</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Undo fix</source>
        <translation>Скасувати виправлення</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Undo the last fix (Ctrl+Z in the table)</source>
        <translation>Скасувати останнє виправлення (Ctrl+Z у таблиці)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Each part of link {0} must keep at least one sentence.</source>
        <translation>Кожна частина зв’язку {0} має зберегти принаймні одне речення.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a link first.</source>
        <translation>Спершу виберіть зв’язок.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link {0} is the last one: there is no next link.</source>
        <translation>Зв’язок {0} останній: наступного зв’язку немає.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link {0} has no human sentence to give.</source>
        <translation>Зв’язок {0} не має речення людського перекладу, яке можна віддати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link {0} would be left with no sentence.</source>
        <translation>Зв’язок {0} залишився б без жодного речення.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link {0} ({1}){2}</source>
        <translation>Зв’язок {0} ({1}){2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: {0}</source>
        <translation>: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source {0}: {1}</source>
        <translation>Оригінал {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human {0}: {1}</source>
        <translation>Людський переклад {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../reviewer/ui/alignment_models.py" line="+106"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human version</source>
        <translation>Людський переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/labels.py" line="+67"/>
        <source>check alignment</source>
        <translation>перевірте вирівнювання</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>check alignment: {0}</source>
        <translation>перевірте вирівнювання: {0}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>the human version leaves this out</source>
        <translation>у людському перекладі цього немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the human version adds this</source>
        <translation>людський переклад додає це</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor fit (length, numbers, names)</source>
        <translation>погано збігається (довжина, числа, імена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another linking is almost as good</source>
        <translation>інше вирівнювання майже так само добре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a neighbouring sentence fits better</source>
        <translation>сусіднє речення пасує краще</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next to a dropped or added sentence</source>
        <translation>поруч із пропущеним або доданим реченням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a merge that may be wrong</source>
        <translation>об’єднання, що може бути хибним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the other edition holds this link</source>
        <translation>цей зв’язок тримається лише на іншій редакції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked by meaning alone (sentence encoder)</source>
        <translation>зв’язано лише за змістом (кодувальник речень)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by the realignment (machine translations)</source>
        <translation>зв’язано вирівнюванням за машинними перекладами</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <location filename="../../reviewer/ui/lookups.py" line="+44"/>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The concordance could not be searched: {error}</source>
        <translation>Не вдалося виконати пошук у конкордансі: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Look a phrase up first: Ctrl+K opens the concordance.</source>
        <translation>Спершу знайдіть фразу: Ctrl+K відкриває конкорданс.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kept to add to the glossary when the server is back: {source} → {target}.</source>
        <translation>Буде додано до глосарія, щойно сервер повернеться: {source} → {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to the glossary: {source} → {target}.</source>
        <translation>Додано до глосарію: {source} → {target}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The glossary already has {source} → {target}.</source>
        <translation>У глосарії вже є {source} → {target}.</translation>
    </message>
</context>
<context>
    <name>LqaTab</name>
    <message>
        <location filename="../../reviewer/ui/lqa_tab.py" line="+75"/>
        <source>evaluated text</source>
        <translation>оцінений текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article (final translations)</source>
        <translation>стаття (остаточні переклади)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewer (final translations)</source>
        <translation>рецензент (остаточні переклади)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day (final translations)</source>
        <translation>день (остаточні переклади)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week (final translations)</source>
        <translation>тиждень (остаточні переклади)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month (final translations)</source>
        <translation>місяць (остаточні переклади)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The right-hand chart compares the scores of the evaluated texts (engines), or of the articles, the reviewers or the days, weeks or months when they were last written (final translations), the dashed line the pass threshold</source>
        <translation>Права діаграма порівнює оцінки оцінених текстів (рушіїв) або статей, рецензентів чи днів, тижнів або місяців, коли їх востаннє змінено (остаточні переклади); пунктирна лінія — поріг проходження</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scores by evaluated text:</source>
        <translation>&amp;Оцінки за оціненими текстами:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors by &amp;category:</source>
        <translation>Помилки за &amp;категоріями:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chart &amp;the scores per:</source>
        <translation>Діаграма о&amp;цінок за:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MQM 2.0 scoring: penalty = errors × severity multiplier (neutral 0, minor 1, major 5, critical 25); score = 100 − penalty per 1,000 source words; it passes at {0:g} or more. Errors whose words are no longer in the text are not counted. Mark errors in the window with Ctrl+Shift+E.</source>
        <translation>Оцінювання MQM 2.0: штрафні бали = помилки × множник серйозності (нейтральна 0, незначна 1, значна 5, критична 25); оцінка = 100 − штрафні бали на 1000 слів оригіналу; прохідна оцінка — від {0:g}. Помилки, слів яких уже немає в тексті, не враховуються. Позначайте помилки у вікні клавішами Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Final translation</source>
        <translation>Остаточний переклад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human version</source>
        <translation>Людський переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine translation: {0}</source>
        <translation>Машинний переклад: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Помилки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty</source>
        <translation>Штрафні бали</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{0}: no texts to score yet.</source>
        <translation>{0}: текстів для оцінювання ще немає.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: errors marked: {1}; pass threshold {2:g}.</source>
        <translation>{0}: позначено помилок: {1}; прохідна оцінка {2:g}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Errors by &amp;category: {0}</source>
        <translation>Помилки за &amp;категоріями: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors by category: {0}</source>
        <translation>Помилки за категоріями: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQM scores</source>
        <translation>Оцінки MQM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No texts to score yet.</source>
        <translation>Поки немає текстів для оцінювання.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="+185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>reviewer: something went wrong</source>
        <translation>reviewer: щось пішло не так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewer hit a bug. Everything you approved is saved.
Please report it with the details below.</source>
        <translation>У reviewer сталася помилка. Усе, що ви затвердили, збережено.
Повідомте про неї, додавши подробиці нижче.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>{shown} of {total} segments shown</source>
        <translation>Показано сегментів: {shown} з {total}</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>No segment without a translation repeats an approved one.</source>
        <translation>Жоден сегмент без перекладу не повторює затверджений.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../reviewer/app.py" line="+136"/>
        <source>The library opened last could not be opened ({error}); this is the default library.</source>
        <translation>Не вдалося відкрити останню бібліотеку ({error}); відкрито типову бібліотеку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default library</source>
        <translation>Типова бібліотека</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} — the library opens read-only: reviewing is off until it can be written.</source>
        <translation>{0} — бібліотеку відкрито лише для читання: рецензування вимкнено, доки в неї не можна буде записувати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only library</source>
        <translation>Бібліотека лише для читання</translation>
    </message>
</context>
<context>
    <name>OfflineStart</name>
    <message>
        <location filename="../../reviewer/ui/offline_start.py" line="+47"/>
        <source>reviewer — offline</source>
        <translation>reviewer — поза мережею</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: the server at {host} cannot be reached. The library opens as soon as it answers (tried every {s} seconds). Changes kept on this computer: {n}; they are sent when it is back.</source>
        <translation>Поза мережею: сервер {host} недоступний. Бібліотека відкриється, щойно він відповість (спроба кожні {s} с). Змін збережено на цьому комп’ютері: {n}; їх буде надіслано, щойно він повернеться.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The library could not be opened: {error}</source>
        <translation>Не вдалося відкрити бібліотеку: {error}</translation>
    </message>
</context>
<context>
    <name>OfflineStatus</name>
    <message>
        <location filename="../../reviewer/ui/offline_work.py" line="+69"/>
        <source>Offline: {0} kept</source>
        <translation>Поза мережею: збережено {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server cannot be reached; changes are kept on this computer and sent when it is back.</source>
        <translation>Сервер бази даних недоступний; зміни зберігаються на цьому комп’ютері й будуть надіслані, щойно він повернеться.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: the server at {host} is unreachable. Changes kept on this computer: {n}; they are sent when it is back.</source>
        <translation>Поза мережею: сервер {host} недоступний. Змін збережено на цьому комп’ютері: {n}; їх буде надіслано, щойно він повернеться.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not sent: “{label}” was changed elsewhere while this computer was offline: {error}</source>
        <translation>Не надіслано: «{label}» змінили деінде, поки цей комп’ютер був поза мережею: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back online: the server at {host} has the changes kept on this computer.</source>
        <translation>Знову в мережі: сервер {host} отримав зміни, збережені на цьому комп’ютері.</translation>
    </message>
</context>
<context>
    <name>OtherTextView</name>
    <message>
        <location filename="../../reviewer/ui/annotation_texts.py" line="+73"/>
        <source>{engine} machine translation</source>
        <translation>машинний переклад {engine}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lang} human version</source>
        <translation>людський переклад {lang}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Marking errors in the {name} (Shift+arrows select, Ctrl+Shift+E marks, Ctrl+Shift+M the next text, Esc back)</source>
        <translation>Позначення помилок: {name} (Shift+стрілки виділяють, Ctrl+Shift+E позначає, Ctrl+Shift+M — наступний текст, Esc — назад)</translation>
    </message>
</context>
<context>
    <name>PreviewTabs</name>
    <message>
        <location filename="../../reviewer/ui/import_preview.py" line="+50"/>
        <source>Segments ({0})</source>
        <translation>Сегменти ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} segments</source>
        <translation>сегментів: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} links, {2} to check</source>
        <translation>{0}: зв’язків — {1}, на перевірку — {2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} alignment</source>
        <translation>Вирівнювання {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({0} to check)</source>
        <translation> (на перевірку: {0})</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../reviewer/ui/stats_tabs.py" line="+29"/>
        <source>Progress and effort, {0}</source>
        <translation>Прогрес і обсяг правок, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
</context>
<context>
    <name>QaChecks</name>
    <message>
        <location filename="../../reviewer/ui/qa_panel.py" line="+25"/>
        <source>Numbers and dates</source>
        <translation>Числа й дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and acronyms</source>
        <translation>Імена та абревіатури</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End punctuation</source>
        <translation>Кінцева пунктуація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotation marks</source>
        <translation>Лапки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubled spaces</source>
        <translation>Подвійні пробіли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untranslated</source>
        <translation>Неперекладене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong script or language</source>
        <translation>Не та абетка чи мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Довжина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across editions</source>
        <translation>Між редакціями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Правопис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers, amounts, percentages, currencies and dates of the source that are missing or changed in the translation</source>
        <translation>числа, суми, відсотки, валюти й дати оригіналу, яких немає в перекладі або які в ньому змінено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin-script names and acronyms of the source that are neither kept nor transliterated in the translation</source>
        <translation>імена та абревіатури латиницею з оригіналу, які в перекладі не збережено й не транслітеровано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the translation ends with different punctuation than the source</source>
        <translation>переклад закінчується іншим розділовим знаком, ніж оригінал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English or straight quotation marks where «» are expected</source>
        <translation>англійські або прямі лапки там, де очікуються «»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two or more spaces in a row</source>
        <translation>два чи більше пробілів поспіль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is the source text unchanged</source>
        <translation>переклад — це незмінений текст оригіналу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-heavy text, letters of the other Cyrillic language, mixed-script words</source>
        <translation>текст із надміром латиниці, літери іншої кириличної мови, слова зі змішаних абеток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the translation is much shorter or longer than usual</source>
        <translation>переклад значно коротший або довший, ніж зазвичай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a glossary term of the source is not translated as agreed</source>
        <translation>термін глосарія з оригіналу перекладено не так, як узгоджено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number, date or name that one edition has and the other lacks</source>
        <translation>число, дата чи ім’я, що є в одній редакції й бракує в іншій</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words the language&apos;s Hunspell dictionary does not know, less the glossary&apos;s terms, the article&apos;s names and the words added to the library&apos;s dictionary</source>
        <translation>слова, яких не знає словник Hunspell цієї мови, крім термінів глосарію, імен зі статті та слів, доданих до словника бібліотеки</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location line="+24"/>
        <source>the final text</source>
        <translation>остаточний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine translation by {0} (no final text yet)</source>
        <translation>машинний переклад {0} (остаточного тексту ще немає)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QA {lang}, {what}:</source>
        <translation>Перевірка якості {lang} — {what}:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QA checks are switched off (Translate &gt; Settings).</source>
        <translation>Перевірки якості вимкнено (Переклад &gt; Налаштування).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA: reading the article&apos;s names and the glossary…</source>
        <translation>Перевірка якості: читання імен статті й глосарія…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA: nothing to check yet (no final text or machine translation).</source>
        <translation>Перевірка якості: ще нічого перевіряти (немає ні остаточного тексту, ні машинного перекладу).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA: no findings in {0}.</source>
        <translation>Перевірка якості: зауважень немає ({0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA of {what}:</source>
        <translation>Перевірка якості — {what}:</translation>
    </message>
</context>
<context>
    <name>QaTab</name>
    <message>
        <location filename="../../reviewer/ui/stats_tabs.py" line="+16"/>
        <source>final translations</source>
        <translation>остаточні переклади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published human versions</source>
        <translation>опубліковані людські переклади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine translations</source>
        <translation>машинні переклади</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chec&amp;k:</source>
        <translation>Пере&amp;вірка:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QA findings by check, {0}</source>
        <translation>Зауваження перевірки якості за видами перевірок, {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} texts checked, {2} findings.</source>
        <translation>{0}: перевірено текстів — {1}, зауважень — {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No {0} to check in {1}.</source>
        <translation>Нічого перевіряти в {1} ({0}).</translation>
    </message>
</context>
<context>
    <name>QualityAids</name>
    <message>
        <location filename="../../reviewer/ui/quality_work.py" line="+106"/>
        <source>Loading the translation memory…</source>
        <translation>Завантаження пам’яті перекладів…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Translation memory ready: {0} units.</source>
        <translation>Пам’ять перекладів готова: {0} од.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The translation memory is still loading; try again in a moment.</source>
        <translation>Пам’ять перекладів ще завантажується; спробуйте за мить.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No translation-memory match of {0}% or more for this segment.</source>
        <translation>Для цього сегмента в пам’яті перекладів немає збігів від {0}% і вище.</translation>
    </message>
</context>
<context>
    <name>RealignDialog</name>
    <message>
        <location filename="../../reviewer/ui/realign_dialog.py" line="+61"/>
        <source>Check links with the sentence encoder</source>
        <translation>Перевірити зв’язки кодувальником речень</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Realign with machine translations</source>
        <translation>Вирівняти за машинними перекладами</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Places where the sentence encoder puts the human text elsewhere: {0}. Sentences that mean the same are linked again, and an editor&apos;s sentence beside a source it does not render is unlinked.</source>
        <translation>Місць, де за кодувальником речень людський переклад стоїть інакше: {0}. Речення з тим самим змістом зв’язано знову, а речення редактора, що не перекладає джерела поруч, розв’язано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places where the machine translations put the human text elsewhere: {0}.</source>
        <translation>Місць, де за машинними перекладами людський переклад стоїть інакше: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space ticks or unticks the current change; Enter stores the ticked ones. Links you fixed by hand are kept.</source>
        <translation>Пробіл позначає поточну зміну або знімає позначку; Enter зберігає позначені. Зв’язки, які ви виправили вручну, лишаються.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Store ticked changes</source>
        <translation>&amp;Зберегти позначені зміни</translation>
    </message>
</context>
<context>
    <name>RealignOffer</name>
    <message>
        <location filename="../../reviewer/ui/realign_work.py" line="+60"/>
        <source>Realign with machine translations ({0} links change)…</source>
        <translation>Вирівняти за машинними перекладами (змінюється зв’язків: {0})…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the links with the sentence encoder…</source>
        <translation>Кодувальник речень перевіряє зв’язки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sentence encoder agrees with the links: nothing to change.</source>
        <translation>Кодувальник речень згоден зі зв’язками: змінювати нічого.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The machine translations agree with the alignment: nothing to realign (fetch them first with F5).</source>
        <translation>Машинні переклади узгоджуються з вирівнюванням: вирівнювати нічого (спершу отримайте їх клавішею F5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Realignment cancelled: the links are as they were.</source>
        <translation>Вирівнювання скасовано: зв’язки лишилися як були.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links checked: {0} changes stored.</source>
        <translation>Зв’язки перевірено: збережено змін: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realigned: {0} changes stored.</source>
        <translation>Вирівняно: збережено змін — {0}.</translation>
    </message>
</context>
<context>
    <name>RepeatFill</name>
    <message>
        <location filename="../../reviewer/ui/repeat_fill.py" line="+91"/>
        <source>Fill {0} repeats</source>
        <translation>Заповнити повтори: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled {0} repeats of approved segments: Ctrl+Enter confirms each.</source>
        <translation>Заповнено повторів затверджених сегментів: {0}. Ctrl+Enter підтверджує кожен.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fill {0} repeats of segment {1}</source>
        <translation>Заповнити повтори сегмента {1}: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled {0} repeats of segment {1}</source>
        <translation>Заповнено повторів сегмента {1}: {0}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Repeat of an approved segment (no longer found); Ctrl+Enter confirms it.</source>
        <translation>Повтор затвердженого сегмента (його вже не знайдено); Ctrl+Enter підтверджує.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat of segment {0} of this article; Ctrl+Enter confirms it.</source>
        <translation>Повтор сегмента {0} цієї статті; Ctrl+Enter підтверджує.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat of segment {0} in “{1}”; Ctrl+Enter confirms it.</source>
        <translation>Повтор сегмента {0} у статті «{1}»; Ctrl+Enter підтверджує.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../reviewer/ui/replace_dialog.py" line="+53"/>
        <source>Find and replace</source>
        <translation>Знайти й замінити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Регулярний вираз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Цілі слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Враховувати ре&amp;гістр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article</source>
        <translation>Ця стаття</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole library</source>
        <translation>Уся бібліотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include a&amp;pproved and rejected texts</source>
        <translation>Включно із за&amp;твердженими й відхиленими текстами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their status (otherwise they become drafts)</source>
        <translation>Зберегти їхній &amp;статус (інакше вони стануть чернетками)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Replace</source>
        <translation>За&amp;мінити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>Замінити &amp;все</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Find:</source>
        <translation>&amp;Знайти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace wi&amp;th:</source>
        <translation>Замінити &amp;на:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;Де шукати:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type what to find; every change is listed here before anything is replaced.</source>
        <translation>Введіть, що знайти; кожну зміну буде показано тут, перш ніж щось замінити.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching the library…</source>
        <translation>Пошук у бібліотеці…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing replaced: this is not a regular expression ({reason}).</source>
        <translation>Нічого не замінено: це не регулярний вираз ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing replaced: “{find}” matches empty text; make it find at least one character.</source>
        <translation>Нічого не замінено: «{find}» знаходить порожній текст; він має знаходити хоча б один символ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not found.</source>
        <translation>Не знайдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texts that will change: {count}.</source>
        <translation>Текстів буде змінено: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved or rejected texts left alone: {left} (tick “Include approved and rejected texts” to change them too).</source>
        <translation>Затверджених або відхилених текстів не змінено: {left} (позначте «Включно із затвердженими й відхиленими текстами», щоб змінити й їх).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This text is approved or rejected: tick “Include approved and rejected texts” to change it.</source>
        <translation>Цей текст затверджено або відхилено: позначте «Включно із затвердженими й відхиленими текстами», щоб змінити його.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts replaced: {count} (Ctrl+Z in the window undoes it all).</source>
        <translation>Текстів замінено: {count} (Ctrl+Z у вікні скасовує все це).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace in segment {0}</source>
        <translation>Заміна в сегменті {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace “{find}” with “{replacement}”</source>
        <translation>Заміна «{find}» на «{replacement}»</translation>
    </message>
</context>
<context>
    <name>ReplacePreviewModel</name>
    <message>
        <location filename="../../reviewer/ui/replace_preview.py" line="+45"/>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Після заміни</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{status}: left alone (tick “Include approved and rejected texts” to change it)</source>
        <translation>{status}: не змінюється (позначте «Включно із затвердженими й відхиленими текстами», щоб змінити)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{lang} ({status}: left alone)</source>
        <translation>{lang} ({status}: не змінюється)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../reviewer/ui/review_controller.py" line="+371"/>
        <source>{error} — The text you typed is kept in the editor, not saved yet; it is saved at the next pause once the database can be written.</source>
        <translation>{error} — Набраний текст залишається в редакторі, ще не збережений; його буде збережено після наступної паузи, щойно в базу даних можна буде записувати.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Comment on segment {0}</source>
        <translation>коментар до сегмента {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit segment {0}</source>
        <translation>редагування сегмента {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use {0} in segment {1}</source>
        <translation>вставлення в сегмент {1}: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No machine translation for this segment yet: press F5 to fetch.</source>
        <translation>Для цього сегмента ще немає машинного перекладу: натисніть F5, щоб отримати.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No human version is aligned to this segment.</source>
        <translation>З цим сегментом не вирівняно жодного людського перекладу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to approve yet: Ctrl+1 takes the machine translation, Ctrl+2 the human version, or type the translation.</source>
        <translation>Ще нічого затверджувати: Ctrl+1 бере машинний переклад, Ctrl+2 — людський, або введіть переклад.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve segment {0}</source>
        <translation>затвердження сегмента {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject segment {0}</source>
        <translation>відхилення сегмента {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every shown segment is approved in {0}.</source>
        <translation>Усі показані сегменти затверджено ({0}).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undid typing in segment {0}.</source>
        <translation>Скасовано введене в сегменті {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: {0} ({1}).</source>
        <translation>Скасовано: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redid typing in segment {0}.</source>
        <translation>Повернено введене в сегменті {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to redo.</source>
        <translation>Нічого повертати.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redone: {0} ({1}).</source>
        <translation>Повернено: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{lang} approved {done}/{total}</source>
        <translation>{lang}: затверджено {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../reviewer/ui/review_model.py" line="+286"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} source</source>
        <translation>{0} оригінал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} machine → human</source>
        <translation>{0} машинний → людський</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} final</source>
        <translation>{0} остаточний</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Now on it: {names}</source>
        <translation>Зараз працює: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment {n}, {role}, paragraph {paragraph}</source>
        <translation>Сегмент {n}, {role}, абзац {paragraph}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alignment {0}</source>
        <translation>вирівнювання {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the aligner flagged this: please check</source>
        <translation>вирівнювач позначив це: перевірте, будь ласка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machine translation: {0}</source>
        <translation>машинний переклад: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ the latest fetch failed: {engine}: {error}</source>
        <translation>⚠ останнє отримання не вдалося: {engine}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— not in the human version —</source>
        <translation>— немає в людському перекладі —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑ in the human sentence above</source>
        <translation>↑ у реченні людського перекладу вище</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{status}, from {origin}, {time}</source>
        <translation>{status}, джерело: {origin}, {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment: {0}</source>
        <translation>коментар: {0}</translation>
    </message>
</context>
<context>
    <name>SegmentHistory</name>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="+55"/>
        <source>No segment selected.</source>
        <translation>Сегмент не вибрано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of segment {n} ({lang})</source>
        <translation>Історія сегмента {n} ({lang})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the history: {error}</source>
        <translation>Не вдалося прочитати історію: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Segment {n} already is as version {v}.</source>
        <translation>Сегмент {n} уже такий, як версія {v}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore version {v} of segment {n}</source>
        <translation>Відновити версію {v} сегмента {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored version {v} of segment {n} ({lang}); Ctrl+Z takes it back.</source>
        <translation>Відновлено версію {v} сегмента {n} ({lang}); Ctrl+Z повертає.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../reviewer/ui/alignment_models.py" line="-36"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>subheading</source>
        <translation>підзаголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>підпис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../reviewer/ui/library_open.py" line="-87"/>
        <source>Open library on a server</source>
        <translation>Відкрити бібліотеку на сервері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server URL:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Запам’ятати пароль у системному сховищі ключів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password comes from the URL typed here, PGPASSWORD, ~/.pgpass, a service file or the system keyring; it is never written to the settings. Enter opens, Esc closes.</source>
        <translation>Пароль береться з уведеної тут URL-адреси, PGPASSWORD, ~/.pgpass, файлу служб або системного сховища ключів; у налаштування він ніколи не записується. Enter відкриває, Esc закриває.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The password was not remembered: {reason}. Enter opens the library without remembering it.</source>
        <translation>Пароль не запам’ятано: {reason}. Enter відкриває бібліотеку, не запам’ятовуючи його.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A server URL starts with postgresql:// (for a file, use File &gt; Open library…).</source>
        <translation>Адреса сервера починається з postgresql:// (для файлу скористайтеся «Файл &gt; Відкрити бібліотеку…»).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="+54"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name in the history, comments, annotations, effort records and exports (TMX changeid, XLIFF, JSON). Empty: $REVIEWER_USER, else the system&apos;s login name.</source>
        <translation>Ваше ім’я в історії, коментарях, анотаціях, записах зусиль і експорті (TMX changeid, XLIFF, JSON). Порожнє: $REVIEWER_USER, інакше ім’я входу в систему.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Автоматично (мова системи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record post-editing time and keystrokes (kept in the library; nothing leaves this machine)</source>
        <translation>Записувати час постредагування й натискання клавіш (зберігається в бібліотеці; нічого не залишає цей комп’ютер)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With each approval: the seconds the final text had the focus (a pause longer than a minute counts as a minute), the keys pressed in it, the text you started from and the text approved. The statistics show them by engine and by person.</source>
        <translation>З кожним затвердженням: секунди, поки остаточний текст був у фокусі (пауза, довша за хвилину, рахується як хвилина), натиснуті в ньому клавіші, текст, з якого ви почали, і затверджений текст. Статистика показує їх за рушієм і за людиною.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше ім’я:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Рушій:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Одночасних запитів:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages &amp;shown:</source>
        <translation>&amp;Показувати мови:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QA checks:</source>
        <translation>Перевірки &amp;якості:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pellcheck:</source>
        <translation>&amp;Правопис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing &amp;log:</source>
        <translation>&amp;Журнал правок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>Розмір &amp;шрифту:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>Мова &amp;інтерфейсу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface language changes when reviewer starts again.</source>
        <translation>Мова інтерфейсу зміниться після перезапуску reviewer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>e.g. gpt-4o-mini, llama3.1</source>
        <translation>напр. gpt-4o-mini, llama3.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this engine takes no key</source>
        <translation>цей рушій не потребує ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key is set (from {0}); type one to replace it</source>
        <translation>ключ задано ({0}); введіть новий, щоб замінити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>обов’язково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if the server asks for one</source>
        <translation>лише якщо сервер його вимагає</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key typed here cannot be saved: {0}. Set {1} before starting reviewer instead.</source>
        <translation>Введений тут ключ не вдасться зберегти: {0}. Натомість задайте {1} перед запуском reviewer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>Ключі зберігаються в системному сховищі ключів, ніколи — у файлі налаштувань.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your name cannot be used: {0}</source>
        <translation>Це ім’я не можна використати: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}; set {1} instead</source>
        <translation>{0}; натомість задайте {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was not saved: {0}</source>
        <translation>Ключ API не збережено: {0}</translation>
    </message>
</context>
<context>
    <name>SignificanceControls</name>
    <message>
        <location filename="../../reviewer/ui/stats_significance.py" line="+44"/>
        <source>Paired bootstrap resamples of the shared units for the intervals and p-values (sacrebleu&apos;s default: {0}; seed {1})</source>
        <translation>Повторні вибірки спільних одиниць для парного бутстрепу: інтервали і p-значення (типово в sacrebleu: {0}; зерно {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The leader is called closer only when the p-value of its chrF lead over the runner-up is below this level</source>
        <translation>Лідера названо ближчим, лише коли p-значення його переваги chrF над другим рушієм нижче за цей рівень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;samples:</source>
        <translation>&amp;Кількість вибірок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significance le&amp;vel:</source>
        <translation>Р&amp;івень значущості:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} leads on the published {1} text (chrF {2:.2f}, against {3}); not tested for significance.</source>
        <translation>{0} попереду щодо опублікованого тексту {1} (chrF {2:.2f}, проти {3}); значущість не перевірено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} Closer to the published {1} text: {2} (chrF {3:.2f}, against {4}, on the {5} units every engine translated). The lead over {6} is significant: p = {7} &lt; {8} ({9} paired bootstrap resamples, seed {10}).</source>
        <translation>{0} Ближче до опублікованого тексту {1}: {2} (chrF {3:.2f}, проти {4}, на {5} од., які переклали всі рушії). Перевага над {6} значуща: p = {7} &lt; {8} (повторних вибірок парного бутстрепу: {9}, зерно {10}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No significant difference from the published {0} text: {1} leads with chrF {2:.2f} against {3} on the {4} units every engine translated, but p = {5} against {6} is not below {7} ({8} paired bootstrap resamples, seed {9}), so no engine is marked closer.</source>
        <translation>Значущої різниці щодо опублікованого тексту {0} немає: {1} попереду з chrF {2:.2f} проти {3} на {4} од., які переклали всі рушії, але p = {5} щодо {6} не нижче за {7} (повторних вибірок парного бутстрепу: {8}, зерно {9}), тож жоден рушій не позначено ближчим.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Intervals and p-values: sacrebleu&apos;s paired bootstrap resampling of the shared units, {0} resamples, seed {1}; the interval is 95% around the bootstrap mean, p is against the leader {2}; {3} only when the chrF lead has p &lt; {4}.</source>
        <translation>Інтервали і p-значення: парний бутстреп sacrebleu на спільних одиницях, повторних вибірок: {0}, зерно {1}; інтервал — 95% навколо бутстреп-середнього, p — щодо лідера {2}; {3} — лише коли перевага chrF має p &lt; {4}.</translation>
    </message>
</context>
<context>
    <name>SpellMenus</name>
    <message>
        <location filename="../../reviewer/ui/spell_menu.py" line="+58"/>
        <source>No misspelt words in the final text.</source>
        <translation>В остаточному тексті немає слів із помилками.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add to dictionary</source>
        <translation>&amp;Додати до словника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the word to the library&apos;s own dictionary: it is no longer underlined anywhere</source>
        <translation>Додати слово до власного словника бібліотеки: воно більше ніде не підкреслюватиметься</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ігнорувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the word as right until reviewer closes</source>
        <translation>Вважати слово правильним, доки reviewer не буде закрито</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no suggestions)</source>
        <translation>(немає варіантів)</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../reviewer/ui/spell_settings.py" line="+24"/>
        <source>Install Enchant and the Hunspell dictionary: {debian} (Fedora: {fedora})</source>
        <translation>Установіть Enchant і словник Hunspell: {debian} (Fedora: {fedora})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install Enchant with Homebrew ({command}) and put the Hunspell files {files} in ~/Library/Spelling</source>
        <translation>Установіть Enchant через Homebrew ({command}) і покладіть файли Hunspell {files} до ~/Library/Spelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the Hunspell files {files} into the share/enchant/hunspell folder of pyenchant (its Windows wheel bundles Enchant)</source>
        <translation>Покладіть файли Hunspell {files} до теки share/enchant/hunspell пакета pyenchant (його збірка для Windows уже містить Enchant)</translation>
    </message>
</context>
<context>
    <name>SpellingBox</name>
    <message>
        <location line="+21"/>
        <source>No dictionary here. {0}</source>
        <translation>Словника тут немає. {0}</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../reviewer/ui/alignment_preview.py" line="+10"/>
        <source>Split link {0}</source>
        <translation>Розділити зв’язок {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first part keeps:</source>
        <translation>Перша частина зберігає:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source segments (of {0}):</source>
        <translation>Сегментів &amp;оригіналу (з {0}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Human sentences (of {0}):</source>
        <translation>Речень &amp;людського перекладу (з {0}):</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../reviewer/ui/stats_charts.py" line="+37"/>
        <source>approved</source>
        <extracomment>The time axis spans at least this many days, so that one busy day is not a wide bar.</extracomment>
        <translation>затверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reviewed</source>
        <translation>не переглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine translation unchanged</source>
        <translation>машинний переклад без змін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>human version unchanged</source>
        <translation>людський переклад без змін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No machine translation has a human version to be scored against yet.</source>
        <translation>Ще немає машинного перекладу, який можна оцінити за людським перекладом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: {1} units</source>
        <translation>{0}: {1} од.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ {0} (closer to the published text)</source>
        <translation>★ {0} (ближче до опублікованого тексту)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chrF of the segment against the published human version (0–100)</source>
        <translation>chrF сегмента щодо опублікованого людського перекладу (0–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units scored</source>
        <translation>оцінені одиниці</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No approvals yet: approve segments (Ctrl+Enter) to see them day by day.</source>
        <translation>Затверджень ще немає: затверджуйте сегменти (Ctrl+Enter), щоб бачити їх за днями.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>approved that day</source>
        <translation>затверджено за день</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approval withdrawn that day</source>
        <translation>затвердження скасовано за день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per day</source>
        <translation>за день</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>approved to date</source>
        <translation>затверджено загалом</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>segments</source>
        <translation>сегменти</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>approved texts</source>
        <translation>затверджені тексти</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>findings</source>
        <translation>зауваження</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/mqm_charts.py" line="+48"/>
        <source>No errors marked.</source>
        <extracomment>Above this many score bars (days of a library...) scores are written smaller and rounded; above ``CROWDED * 2`` only failing scores are written and every other label or more is left.</extracomment>
        <translation>Помилок не позначено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>errors</source>
        <translation>помилки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pass at {0:g}</source>
        <translation>прохідна оцінка {0:g}</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../reviewer/ui/stats_view.py" line="+63"/>
        <source>Statistics — reviewer</source>
        <translation>Статистика — reviewer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+106"/>
        <source>This &amp;article</source>
        <translation>Ця &amp;стаття</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Whole li&amp;brary</source>
        <translation>Уся &amp;бібліотека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute again from the database (F5)</source>
        <translation>Обчислити знову з бази даних (F5)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Engines</source>
        <translation>&amp;Рушії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chrF &amp;histogram</source>
        <translation>&amp;Гістограма chrF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress and effort</source>
        <translation>&amp;Прогрес і обсяг правок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QA findings</source>
        <translation>&amp;Зауваження QA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-e&amp;diting</source>
        <translation>Постре&amp;дагування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality (&amp;MQM)</source>
        <translation>Якість (&amp;MQM)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the chart to {0}.</source>
        <translation>Діаграму збережено в {0}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This &amp;article: {0}</source>
        <translation>Ця &amp;стаття: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Testing the differences between engines ({0} resamples)…</source>
        <translation>Перевірка різниць між рушіями (повторних вибірок: {0})…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring every engine in the library…</source>
        <translation>Оцінювання всіх рушіїв у бібліотеці…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring every engine in this article…</source>
        <translation>Оцінювання всіх рушіїв у цій статті…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Running the QA checks…</source>
        <translation>Виконуються перевірки якості…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not compute the statistics: {0}</source>
        <translation>Не вдалося обчислити статистику: {0}</translation>
    </message>
</context>
<context>
    <name>TeamAids</name>
    <message>
        <location filename="../../reviewer/ui/team_work.py" line="+64"/>
        <source>translator</source>
        <translation>перекладач</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reviewer</source>
        <translation>рецензент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (no name found: set yours in Settings)</source>
        <translation>{name} (ім’я не знайдено: вкажіть своє в налаштуваннях)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name in the history, comments and exports, and your role in this library (reviewer users add NAME --role editor)</source>
        <translation>Ваше ім’я в історії, коментарях і експорті та ваша роль у цій бібліотеці (reviewer users add NAME --role editor)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>🔒 {lang} signed off by {who} on {when} UTC</source>
        <translation>🔒 {lang}: підписав(ла) {who} {when} UTC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment {n} ({lang}) was signed off by {who} on {when} UTC: only an editor can change it until an editor reopens it.</source>
        <translation>Сегмент {n} ({lang}) підписав(ла) {who} {when} UTC: змінити його може лише редактор, доки редактор не відкриє його знову.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Signed off {count} approved segments in {lang} as {name}; {locked} are locked.</source>
        <translation>Підписано затверджених сегментів мовою {lang}: {count} (як {name}); заблоковано: {locked}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sign-off needs the server: it locks the segments for everyone at once, so it is not kept offline.</source>
        <translation>Підписання потребує сервера: воно блокує сегменти для всіх одразу, тому поза мережею не зберігається.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen signed-off segments</source>
        <translation>Відкрити підписані сегменти знову</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the {lang} segments reopened? (kept in the history)</source>
        <translation>Чому сегменти мовою {lang} відкриваються знову? (зберігається в історії)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reopened {count} segments in {lang}.</source>
        <translation>Знову відкрито сегментів мовою {lang}: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening needs the server: it unlocks the segments for everyone at once, so it is not kept offline.</source>
        <translation>Повторне відкриття потребує сервера: воно розблоковує сегменти для всіх одразу, тому поза мережею не зберігається.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../reviewer/ui/term_dialog.py" line="+26"/>
        <source>Add a term to the glossary</source>
        <translation>Додати термін до глосарію</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: when to use it, a source</source>
        <translation>Необов’язково: коли вживати, джерело</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Source term:</source>
        <translation>Термін &amp;оригіналу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target term:</source>
        <translation>Термін п&amp;ерекладу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both the source term and the target term are needed.</source>
        <translation>Потрібні і термін оригіналу, і термін перекладу.</translation>
    </message>
</context>
<context>
    <name>TmPanel</name>
    <message>
        <location filename="../../reviewer/ui/tm_panel.py" line="+59"/>
        <source>Translation memory: loading…</source>
        <translation>Пам’ять перекладів: завантаження…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation memory ({lang}): no match of {percent}% or more.</source>
        <translation>Пам’ять перекладів ({lang}): немає збігів від {percent}% і вище.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation memory ({lang}):</source>
        <translation>Пам’ять перекладів ({lang}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>approved: segment {n} of “{title}”</source>
        <translation>затверджено: сегмент {n} статті «{title}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported from {file}</source>
        <translation>імпортовано з {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memory source:</source>
        <translation>Оригінал у пам’яті:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Struck-through words are in the memory&apos;s source only, underlined words in this segment&apos;s source only.</source>
        <translation>Закреслені слова є лише в оригіналі з пам’яті, підкреслені — лише в оригіналі цього сегмента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Взяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this translation into the final text (Ctrl+3 takes the best match)</source>
        <translation>Скопіювати цей переклад в остаточний текст (Ctrl+3 бере найкращий збіг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this translation into the final text</source>
        <translation>Скопіювати цей переклад в остаточний текст</translation>
    </message>
</context>
<context>
    <name>WordStatus</name>
    <message>
        <location filename="../../reviewer/ui/word_status.py" line="+31"/>
        <source>Source words of the article, and those in segments approved in each language</source>
        <translation>Слова оригіналу статті і ті з них, що в затверджених сегментах, для кожної мови</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{lang} {done}/{total} words ({percent} %)</source>
        <translation>{lang} {done}/{total} слів ({percent} %)</translation>
    </message>
</context>
</TS>
