"""URLs, against a loopback server: pages, text, redirects, and every way a download fails."""

from __future__ import annotations

import pytest

from reviewer.core.model import Role
from reviewer.formats.reader import BadInputError, read_document
from reviewer.formats.url import USER_AGENT, fetch, is_url


def _error(source: str, **kwargs: object) -> BadInputError:
    with pytest.raises(BadInputError) as caught:
        read_document(source, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    assert message == f"{source}: {caught.value.reason}"
    assert caught.value.source == source
    return caught.value


def test_article_page(loopback) -> None:  # type: ignore[no-untyped-def]
    url = loopback.url("/article.html")
    doc = read_document(url, timeout=5)
    assert doc.origin == url
    assert doc.title == "Уряд ухвалив програму підтримки малого бізнесу"
    assert doc.language == "uk"
    assert {Role.HEADLINE, Role.SUBHEADING, Role.QUOTE, Role.BODY} <= {b.role for b in doc.blocks}
    assert loopback.headers[-1]["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("reviewer/")


def test_page_declared_only_in_meta_as_1251(loopback) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(loopback.url("/article-1251.html"), timeout=5)
    assert doc.title == "Уряд ухвалив програму підтримки малого бізнесу"


def test_redirect_is_followed_and_the_origin_is_where_it_led(loopback) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(loopback.url("/redirect"), timeout=5)
    assert doc.origin == loopback.url("/article.html")
    assert doc.blocks[0].role is Role.HEADLINE


def test_redirect_to_another_port_is_followed_and_named(loopback) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(loopback.url("/elsewhere"), timeout=5)
    assert doc.origin == loopback.other + "/article.html"
    assert doc.title == "Уряд ухвалив програму підтримки малого бізнесу"


def test_plain_text_and_markdown_urls(loopback) -> None:  # type: ignore[no-untyped-def]
    text = read_document(loopback.url("/sample.txt"), timeout=5)
    assert [(b.role, b.text) for b in text.blocks] == [
        (Role.HEADLINE, "A headline here"),
        (Role.SUBHEADING, "Subheading"),
        (Role.BODY, "A body paragraph."),
    ]
    markdown = read_document(loopback.url("/notes.md"), timeout=5)
    assert markdown.title == "Heading"


def test_not_found(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/missing"), timeout=5)
    assert err.reason == "the server answered 404 Not Found"


def test_server_error(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/error"), timeout=5)
    assert err.reason == "the server answered 500 Internal Server Error"


def test_connection_refused(closed_port: int) -> None:
    err = _error(f"http://127.0.0.1:{closed_port}/article", timeout=5)
    assert err.reason == "could not connect (connection refused)"


def test_slow_server_times_out(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/slow"), timeout=0.5)
    assert err.reason == "the server did not answer (timed out after 0.5 s)"


def test_stall_mid_download_times_out(loopback) -> None:  # type: ignore[no-untyped-def]
    # 2 s, not less: the headers come at once, but a loaded machine may take a while to read them
    err = _error(loopback.url("/stall"), timeout=2)
    assert err.reason == "the download did not finish in time (timed out after 2 s)"


@pytest.mark.timeout(30)
def test_a_body_trickling_a_byte_at_a_time_ends_at_the_deadline(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/slow-body"), timeout=1)
    assert err.reason == "the download did not finish in time (timed out after 1 s)"


@pytest.mark.timeout(30)
def test_headers_trickling_a_byte_at_a_time_end_at_the_deadline(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/slow-headers"), timeout=1)
    assert err.reason == "the server did not answer (timed out after 1 s)"


def test_an_endless_page_stops_at_the_cap(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/endless"), timeout=20, max_bytes=1_000_000)
    assert err.reason == "the page is over the 976.6 KB limit"


def test_a_gzip_bomb_stops_at_the_cap_after_decompression(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/gzip-bomb"), timeout=20, max_bytes=1_000_000)
    assert err.reason == "the page is over the 976.6 KB limit"


def test_declared_size_over_the_cap(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/big-declared"), timeout=5, max_bytes=1000)
    assert err.reason == "the page is 4.9 KB, over the 1000 bytes limit"


def test_streamed_size_over_the_cap(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/big-streamed"), timeout=5, max_bytes=1000)
    assert err.reason == "the page is over the 1000 bytes limit"


def test_not_a_page(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/report.pdf"), timeout=5)
    assert err.reason == "the address gives application/pdf content, not a web page or text"


def test_page_without_article(loopback) -> None:  # type: ignore[no-untyped-def]
    err = _error(loopback.url("/menu.html"), timeout=5)
    assert err.reason == "no article text could be found on the page"


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("ftp://example.com/a.txt", "ftp"),
        ("file:///etc/passwd", "file"),
        ("gopher://x/y", "gopher"),
    ],
)
def test_other_schemes_are_refused(url: str, scheme: str) -> None:
    err = _error(url)
    assert err.reason == f"only http:// and https:// addresses can be read, not {scheme}://"


def test_address_without_host() -> None:
    with pytest.raises(BadInputError) as caught:
        fetch("http:///path")
    assert caught.value.reason == "this is not a valid web address"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://x.org/a", True),
        ("HTTP://X", True),
        ("ftp://h/f", True),
        ("article.txt", False),
        ("C:\\news\\a.txt", False),
        ("-", False),
    ],
)
def test_is_url(source: str, expected: bool) -> None:
    assert is_url(source) is expected


def test_data_given_with_a_url_is_not_downloaded(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/cached"
    doc = read_document(url, data=b"# Cached\n\nText.\n")
    assert doc.origin == url and doc.title == "Cached"
