"""Text files in every encoding an office saves a list in: read right, or refused — never garbled.

The TCVN3 and VNI samples marked "by hand" are written byte by byte from the published code charts,
independently of the encoders under test, so a wrong table entry fails here.
"""

from __future__ import annotations

import unicodedata

import pytest

from accred_app.core.errors import ValidationError
from accred_app.core.tabular.encodings import (
    CP1258,
    TCVN3,
    UTF8,
    UTF8_BOM,
    UTF16,
    VNI,
    decode_bytes,
)
from accred_app.core.tabular.legacy import decode_tcvn3, decode_vni, encode_tcvn3, encode_vni
from accred_app.core.tabular.syllables import is_vietnamese_syllable

LIST = (
    "Họ và tên;Cơ quan báo chí;Số thẻ nhà báo;Ngày hết hạn\r\n"
    "Nguyễn Thị Ánh;Báo Thanh Hóa;TH-001;31/12/2027\r\n"
    "Trần Văn Bình;Đài Phát thanh và Truyền hình Thanh Hóa;TH-002;30/06/2027\r\n"
    "Đặng Quốc Việt;Báo Nhân Dân;ND-003;01/01/2028\r\n"
    "Dương Thị Thủy;Báo Tuổi Trẻ;TT-004;15/05/2027\r\n"
    "Huỳnh Đức Khuyến;Tạp chí Cộng sản;CS-005;20/10/2027\r\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"
LOWER_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


def encode_cp1258(text: str) -> bytes:
    """As Windows writes Vietnamese in code page 1258: precomposed where the code page has the
    letter, otherwise the letter without its tone followed by a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        tone = "".join(c for c in decomposed if c in TONES)
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


# --- the code charts, by hand ------------------------------------------------------------------


def test_tcvn3_bytes_written_by_hand_from_the_code_chart() -> None:
    # N g u y ễ=D4 n / T h ị=DE / á=B8 n h (the capital Á has no code of its own in TCVN3)
    assert decode_tcvn3(b"Nguy\xd4n Th\xde \xb8nh") == "Nguyễn Thị ánh"
    # Đ=A7 à=B5 i / P h á=B8 t / ư=AD ơ=AC / V ă=A8 n
    assert decode_tcvn3(b"\xa7\xb5i Ph\xb8t D\xad\xacng V\xa8n") == "Đài Phát Dương Văn"
    # capitals typed in the .VnTimeH font on the lower-case codes: ầ=C7 ă=A8 ì=D7
    assert decode_tcvn3(b"TR\xc7N V\xa8N B\xd7NH") == "TRẦN VĂN BÌNH"
    # ặ=C6 ố=E8 ệ=D6 ủ=F1 ỳ=FA ữ=F7 ợ=EE
    assert decode_tcvn3(b"\xa7\xc6ng Qu\xe8c Vi\xd6t Th\xf1y Hu\xfanh N\xf7 L\xeei") == (
        "Đặng Quốc Việt Thủy Huỳnh Nữ Lợi"
    )


def test_vni_bytes_written_by_hand_from_the_code_chart() -> None:
    # e + ã(E3: circumflex + tilde) = ễ ; ò(F2) = ị ; A + Ù(D9: capital acute) = Á
    assert decode_vni(b"Nguye\xe3n Th\xf2 A\xd9nh") == "Nguyễn Thị Ánh"
    # Ñ(D1) = Đ ; a + ø(F8: grave) = à ; ö(F6) = ư ; ô(F4) = ơ ; a + ê(EA: breve) = ă
    assert decode_vni(b"\xd1a\xf8i D\xf6\xf4ng Va\xean") == "Đài Dương Văn"
    # a + ë(EB: breve + dot) = ặ ; o + á(E1: circumflex + acute) = ố ; e + ä(E4) = ệ
    assert decode_vni(b"\xd1a\xebng Quo\xe1c Vie\xe4t") == "Đặng Quốc Việt"
    # u + û(FB: hook) = ủ ; y + ø = ỳ ; î(EE) = ỵ ; ö + õ(F5: tilde) = ữ ; TRA + À(C0) = TRẦN
    assert decode_vni(b"Thu\xfby Huy\xf8nh M\xee N\xf6\xf5 TRA\xc0N") == "Thủy Huỳnh Mỵ Nữ TRẦN"


def test_vni_round_trips_every_vietnamese_letter_in_both_cases() -> None:
    letters = LOWER_LETTERS + LOWER_LETTERS.upper()
    text = " ".join(letters)
    assert decode_vni(encode_vni(text)) == text


def test_tcvn3_round_trips_lower_case_and_its_seven_capitals() -> None:
    text = " ".join(LOWER_LETTERS) + " Ă Â Ê Ô Ơ Ư Đ"
    assert decode_tcvn3(encode_tcvn3(text)) == text
    # a toned capital shares its lower-case code; a word in capitals gets its case back
    assert encode_tcvn3("Ánh") == encode_tcvn3("ánh")
    assert decode_tcvn3(encode_tcvn3("NGUYỄN THỊ ÁNH")) == "NGUYỄN THỊ ÁNH"


def test_bytes_a_legacy_encoding_leaves_undefined_are_refused() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_tcvn3(b"Nguy\xc0n")  # 0xC0 is not in the TCVN3 chart
    with pytest.raises(UnicodeDecodeError):
        decode_vni(b"Nguy\xfen")  # nor 0xFE in VNI's


# --- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (LIST.encode("utf-8"), UTF8),
        (LIST.encode("utf-8-sig"), UTF8_BOM),
        (LIST.encode("utf-16"), UTF16),  # Excel's "Unicode text": a BOM, little-endian
        (b"\xfe\xff" + LIST.encode("utf-16-be"), UTF16),
        (LIST.encode("utf-16-le"), UTF16),  # no BOM: found by its zero bytes
        (encode_cp1258(LIST), CP1258),
        (encode_tcvn3(LIST), TCVN3),
        (encode_vni(LIST), VNI),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf16-no-bom",
        "cp1258",
        "tcvn3",
        "vni",
    ],
)
def test_each_encoding_is_detected_and_read_as_nfc(data: bytes, expected: str) -> None:
    decoded = decode_bytes(data, file="list.csv")
    assert decoded.encoding == expected
    assert unicodedata.is_normalized("NFC", decoded.text)
    text = decoded.text.lstrip("\ufeff")
    if (
        expected == TCVN3
    ):  # the capital Á of "Ánh" comes back lower-case; every other letter is right
        assert text == LIST.replace("Ánh", "ánh")
    else:
        assert text == LIST


def test_cp1258_with_combining_tone_marks_is_composed() -> None:
    data = encode_cp1258("Nguyễn Thị Ánh, Đặng Quốc Việt")
    assert b"\xea\xde" in data  # ê followed by the combining tilde (0xDE): not precomposed
    assert decode_bytes(data).text == "Nguyễn Thị Ánh, Đặng Quốc Việt"


def test_garbled_readings_score_low_and_the_right_one_high() -> None:
    from accred_app.core.tabular.encodings import vietnamese_share

    for wrong in (
        encode_tcvn3(LIST).decode("cp1258"),
        encode_vni(LIST).decode("cp1258"),
        encode_tcvn3(LIST).decode("latin-1"),
    ):
        assert vietnamese_share(wrong)[0] < 0.3
    assert vietnamese_share(LIST)[0] == 1.0


@pytest.mark.parametrize(
    "data",
    [
        "Müller;Größe;Straße;Äpfel;Übermaß;Höhe\n".encode("latin-1"),  # German in Latin-1
        "東京都;大阪府;名古屋市\n".encode("shift_jis"),
        bytes(range(0x80, 0x100)) * 4,
    ],
    ids=["latin1-german", "shift-jis", "noise"],
)
def test_text_that_is_vietnamese_in_no_reading_is_refused(data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        decode_bytes(data, file="list.csv")
    assert caught.value.code == "unknown_encoding"
    assert "list.csv" in caught.value.message("vi")


def test_a_named_encoding_skips_detection_but_must_still_decode() -> None:
    assert decode_bytes(encode_vni("Nguyễn"), encoding=VNI).text == "Nguyễn"
    with pytest.raises(ValidationError) as caught:
        decode_bytes(b"Nguy\xfen", file="x.csv", encoding=VNI)
    assert caught.value.code == "wrong_encoding"


@pytest.mark.parametrize(
    "word", ["Nguyễn", "THỊ", "ánh", "khuya", "giữ", "gì", "quốc", "nghiêng", "Đặng", "ươi"]
)
def test_real_syllables_pass(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["NguyÔn", "Nguyeón", "ThÞ", "Hoaøng", "nguyơn", "Thìị", "bcd"])
def test_garbled_words_fail(word: str) -> None:
    assert not is_vietnamese_syllable(word)
