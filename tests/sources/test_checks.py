"""brinkwatch.sources.checks: binary sniffing, decoding, language, headlines, dates."""

from __future__ import annotations

import pytest

from brinkwatch.records import ArticleStatus
from brinkwatch.sources.checks import (
    decode_bytes,
    detect_language,
    headline,
    human_size,
    normalise_date,
    normalise_language,
    sniff_binary,
    too_large_reason,
)

ENGLISH = (
    "Iraqi officials said on Tuesday that a drone struck a logistics base near the Syrian border "
    "overnight, and that no one was hurt. The government has asked the armed factions to stop "
    "the attacks, while a spokesman for the coalition said it would respond at a time of its "
    "choosing. Talks between Baghdad and Washington are expected to continue next week."
)
FRENCH = (
    "Le gouvernement irakien a déclaré lundi que les forces de sécurité ont arrêté plusieurs "
    "hommes armés à Bagdad, après une attaque de drone contre une base militaire près de la "
    "frontière avec la Syrie. Le porte-parole a ajouté que l'enquête est en cours et que les "
    "responsables seront punis."
)
GERMAN = (
    "Die irakische Regierung hat am Montag erklärt, dass die Sicherheitskräfte in Bagdad "
    "mehrere bewaffnete Männer festgenommen haben, nachdem eine Drohne einen Stützpunkt an der "
    "Grenze zu Syrien angegriffen hatte. Der Sprecher sagte, die Ermittlungen werden fortgesetzt."
)
SPANISH = (
    "El gobierno iraquí dijo el lunes que las fuerzas de seguridad detuvieron a varios hombres "
    "armados en Bagdad, después de un ataque con drones contra una base militar cerca de la "
    "frontera con Siria. El portavoz añadió que la investigación sigue abierta y que los "
    "responsables serán castigados."
)
ARABIC = (
    "قالت الحكومة العراقية يوم الاثنين إن القوات الأمنية اعتقلت عددا من المسلحين في بغداد بعد "
    "هجوم بطائرة مسيرة على قاعدة عسكرية قرب الحدود مع سوريا وأكد المتحدث باسم الحكومة أن "
    "التحقيق مستمر وأن المسؤولين سيحاسبون على هذه الهجمات"
)
PERSIAN = (
    "وزارت امور خارجه ایران روز دوشنبه اعلام کرد که گفتگوها با آمریکا ادامه پیدا خواهد کرد و "
    "هیچ تصمیمی درباره عراق گرفته نشده است و این موضوع به زودی در جلسه دولت بررسی می شود و "
    "نتیجه آن اعلام خواهد شد"
)
RUSSIAN = (
    "Министерство иностранных дел заявило в понедельник, что переговоры с Ираком продолжатся "
    "на следующей неделе, несмотря на новые удары по базам в провинции Анбар и угрозы со "
    "стороны вооружённых группировок, которые требуют вывода иностранных войск из страны."
)
CHINESE = (
    "伊拉克政府星期一表示，安全部队在巴格达逮捕了多名武装分子，此前一架无人机袭击了靠近叙利亚边境的"
    "一个军事基地。发言人说，调查仍在进行。"
)
NAMES_ONLY = (  # an English list of names and places: no function words, must not be rejected
    "Kataib Hezbollah Harakat Nujaba Asaib Ahl Haq Badr Organisation Popular Mobilisation Forces "
    "Baghdad Erbil Basra Mosul Kirkuk Anbar Jurf Sakhar Qaim Tanf Tehran Damascus Washington "
    "Pentagon Quds Force Hegseth Sudani Amiri Khazali"
)
HEADLINE = "Iraq militias threaten US bases after strike"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (ENGLISH, "en"),
        (ENGLISH + " " + ARABIC[:60], "en"),  # an English report quoting a few Arabic words
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (SPANISH, "es"),
        (ARABIC, "ar"),
        (PERSIAN, "fa"),
        (RUSSIAN, "ru"),
        (CHINESE, "zh"),
        # too short to decide: never rejected
        (HEADLINE, None),
        (ARABIC.split()[0] + " " + ARABIC.split()[1], None),
        ("Bagdad : le gouvernement a parlé", None),
        (NAMES_ONLY, None),
        ("", None),
    ],
)
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language(text).code == code


def test_language_guess_needs_twenty_words() -> None:
    words = FRENCH.split()
    assert detect_language(" ".join(words[:19])).code is None
    assert detect_language(" ".join(words[:30])).code == "fr"


@pytest.mark.parametrize(
    ("raw", "text", "lossy"),
    [
        ("Iraq’s “militias” — said".encode(), "Iraq’s “militias” — said", False),
        ("Iraq’s “militias” — said".encode("cp1252"), "Iraq’s “militias” — said", False),
        (b"\xef\xbb\xbfTehran said", "Tehran said", False),  # UTF-8 BOM removed
        ("Tehran said".encode("utf-16"), "Tehran said", False),
        ("café à Bagdad".encode("latin-1"), "café à Bagdad", False),
        # bytes undefined in cp1252 (0x81, 0x8d): latin-1 guess, flagged lossy
        (b"caf\xe9 \x81\x8d end", "caf\xe9 \x81\x8d end", True),
        # mostly UTF-8 with one broken byte: UTF-8 with a replacement char, flagged lossy
        ("Iraq’s “militias” said ".encode() + b"\xff" + " it’s over".encode(),
         "Iraq’s “militias” said \ufffd it’s over", True),
    ],
)
def test_decode_bytes(raw: bytes, text: str, lossy: bool) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == text
    assert decoded.lossy is lossy


def test_decode_uses_declared_charset_from_html_meta() -> None:
    raw = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'.encode("koi8-r")
    assert "Привет" in decode_bytes(raw).text
    assert decode_bytes("Привет мир".encode("cp1251"), declared="windows-1251").text == "Привет мир"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP/Office"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff\xe0", "JPEG image"),
        (b"some text\x00with a NUL", None),  # a stray NUL: text (issue 11, item 8)
        (b"A sentence\x00 with a NUL and\x07 a bell.\n" + b"More plain text. " * 20, None),
        (b"x\x00" * 40, "binary"),  # NULs every other byte: binary
        (bytes(range(1, 32)) * 4, "binary"),
        (b"Plain English text.\r\n\tIndented line.\f", None),
        ("Iraq’s".encode("utf-16"), None),  # UTF-16 has NULs but a BOM
        (b"", None),
    ],
)
def test_sniff_binary(head: bytes, kind: str | None) -> None:
    assert sniff_binary(head) == kind


@pytest.mark.parametrize(
    ("text", "markdown", "title"),
    [
        ("Militias threaten US bases\n\nBody text here.", False, "Militias threaten US bases"),
        ("\n\n  Strike on Ain al-Asad?  \nBody.", False, "Strike on Ain al-Asad?"),
        ("# US warns Iraq over militias\n\nBody.", True, "US warns Iraq over militias"),
        ("**Bold headline**\nBody.", True, "Bold headline"),
        ("The army said it fired.\nMore.", False, None),  # a sentence, not a headline
        ("- bullet item\nMore.", False, None),
        ("BAGHDAD:\nMore.", False, None),
        (" ".join(["word"] * 30) + "\nMore.", False, None),  # too long
        ("2025-10-09\nMore.", False, None),  # no letters
        ("", False, None),
    ],
)
def test_headline(text: str, markdown: bool, title: str | None) -> None:
    assert headline(text, markdown=markdown) == title


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-10-09", "2025-10-09"),
        ("2025-10-09T08:30:00Z", "2025-10-09T08:30:00+00:00"),
        ("Thu, 09 Oct 2025 08:30:00 GMT", "2025-10-09T08:30:00+00:00"),
        ("October 9, 2025", "2025-10-09"),
        ("9th October 2025", "2025-10-09"),
        ("2025-10", "2025-10"),
        ("2025", "2025"),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20251009, None),
    ],
)
def test_normalise_date(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    ("value", "code"),
    [("en-US", "en"), ("EN", "en"), ("English", "en"), ("ar_IQ", "ar"), ("", None),
     ("not a language", None), (None, None)],
)
def test_normalise_language(value: str | None, code: str | None) -> None:
    assert normalise_language(value) == code


def test_sizes_read_like_the_option() -> None:
    assert human_size(52_428_800) == "52 MB"
    assert human_size(3_400) == "3.4 kB"
    assert human_size(12) == "12 bytes"
    reason = too_large_reason(52_428_800, 20_000_000)
    assert reason == "too-large: the file is 52 MB, over the 20 MB limit; split the file or raise --max-bytes"
    assert reason.startswith(ArticleStatus.TOO_LARGE.value)
