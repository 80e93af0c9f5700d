"""Stage 1, read: bytes from a file become a RawDoc, text kept exactly as decoded."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import regex

from .errors import BinaryInput, EmptyInput, UndecodableInput, UnsupportedFormat
from .records import RawDoc

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
# Types a bulletin is published in. In a folder, files of these types are
# taken (those that cannot be read yet become errors); other files are not
# bulletins and are only counted: a .csv is data already (an earlier run's
# output folder inside the input folder holds many).
DOCUMENT_SUFFIXES = SUPPORTED_SUFFIXES | frozenset({
    ".doc", ".docx", ".wps", ".ofd", ".rtf", ".xls", ".xlsx", ".et"})

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, line feed, carriage return and form feed
# do not occur in text; many of them mean the bytes are not text at all.
_CONTROL = frozenset(chr(c) for c in range(32) if c not in (9, 10, 12, 13)) | {"\x7f"}


def read_path(path: Path) -> RawDoc:
    """Read one source file.

    Raises an ``UnreadableInput`` subclass whose message names the file and
    the reason: unsupported extension, empty, binary or undecodable (and, for
    a PDF, the reasons ``extract.pdf.read_pdf`` gives).
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnsupportedFormat(f"{path}: unsupported file type '{suffix or '(none)'}' "
                                f"(supported: {supported})")
    if suffix in PDF_SUFFIXES:
        from .pdf import read_pdf  # keeps pdfplumber out of the start-up of text runs

        return read_pdf(path)
    data = path.read_bytes()
    html = suffix in HTML_SUFFIXES
    text, encoding = decode(data, str(path), declared=_declared_charset(data) if html else None)
    return RawDoc(doc_id=path.stem, source=str(path), format="html" if html else "text",
                  encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), text=text)


def read_text(text: str, doc_id: str, source: str = "<text>") -> RawDoc:
    """Wrap text already in memory as a RawDoc."""
    data = text.encode("utf-8")
    return RawDoc(doc_id=doc_id, source=source, format="text", encoding="utf-8",
                  sha256=hashlib.sha256(data).hexdigest(), text=text)


_META_CHARSET = regex.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", regex.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset a web page declares in a <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes of a text file; return the text and the encoding used.

    A byte-order mark decides when present; then a charset the file declares
    (a web page's <meta>), if the bytes are valid in it; otherwise UTF-16 is
    recognised by its zero bytes, then UTF-8 and GB18030 (a superset of GBK
    and GB2312) are tried strictly, in that order.
    """
    if not data.strip():
        raise EmptyInput(f"{name}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, name), encoding, name)
    if declared and declared not in ("utf-8", "gb2312", "gbk"):  # those: detected below
        try:
            return _checked(data.decode(declared), declared, name)
        except UnicodeDecodeError:
            pass
    encoding = _utf16_without_bom(data)
    if encoding:
        return _checked(_strict(data, encoding, name), encoding, name)
    if b"\x00" in data:
        raise BinaryInput(f"{name}: binary file (contains NUL bytes), not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(encoding), encoding, name)
        except UnicodeDecodeError:
            continue
    raise UndecodableInput(f"{name}: not decodable as UTF-8, UTF-16 or GB18030; "
                           "convert it to UTF-8")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"{name}: starts with a {encoding} byte-order mark "
                               f"but is not valid {encoding} ({exc.reason})") from exc


def _checked(text: str, encoding: str, name: str) -> tuple[str, str]:
    if not text.strip():
        raise EmptyInput(f"{name}: empty file (only whitespace)")
    sample = text[:65536]
    controls = sum(map(sample.count, _CONTROL))  # (a count per character: a loop in C)
    if controls > max(8, len(sample) // 100):
        raise BinaryInput(f"{name}: binary file ({controls} control characters), not text")
    return text, encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes sit at every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    # CJK text in UTF-16 has few zero bytes; ASCII-heavy text has many on one side.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None
