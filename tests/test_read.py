"""Reading: encodings are detected, the raw text is kept exactly, bad files say why."""

from __future__ import annotations

import codecs

import pytest

from extract.errors import BinaryInput, EmptyInput, UndecodableInput, UnsupportedFormat
from extract.read import read_path

TEXT = "2024年全市参加职工医保人数272.42万人，比上年增长2.68%。\r\n全國人才資源總量"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("big5", errors="ignore").decode("big5").encode("gb18030"), "gb18030"),
])
def test_encodings_are_detected_and_text_kept_exactly(tmp_path, data, encoding) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    raw = read_path(path)
    assert raw.encoding == encoding
    assert raw.text == data.decode(encoding)
    assert raw.doc_id == "doc" and raw.format == "text" and len(raw.sha256) == 64


@pytest.mark.parametrize(("name", "data", "error", "reason"), [
    ("empty.txt", b"", EmptyInput, "empty file"),
    ("blank.txt", b" \n\t\n", EmptyInput, "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryInput, "binary"),
    ("garbled.txt", b"\x80\x80\xff\xfe\xfe abc", UndecodableInput, "not decodable"),
    ("report.docx", b"PK\x03\x04", UnsupportedFormat, "unsupported file type '.docx'"),
])
def test_bad_input_names_the_file_and_the_reason(tmp_path, name, data, error, reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        read_path(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message
