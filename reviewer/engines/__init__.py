"""Machine-translation engines behind one protocol. No Qt here."""
