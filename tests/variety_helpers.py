"""Small helpers shared by the tests of the written variety rounds (test_variety_*.py)."""
from mou_extract import extract_text
from mou_extract.people import find_mentions


def people(s: str) -> list[tuple]:
    """(name, title, office text, cue) of every mention in the sentence s."""
    return [(m.name, m.role.title if m.role else None, m.role.org_text() if m.role else None, m.cue)
            for m in find_mentions(s, 0, 0, len(s))]


def first_signing(text: str):
    """The first signing extracted from text (which must report one)."""
    rec = extract_text(text, id="t")
    assert rec.is_signing, "expected a signing"
    return rec.signings[0]


def signing_labels(text: str) -> list[str]:
    """The scope labels of the first signing extracted from text, sorted."""
    return sorted({h.label for h in first_signing(text).scope})


def stated_labels(text: str) -> list[str]:
    """The labels scope selects from every statement in text, sorted and each once."""
    from mou_extract.scope import find_scope, select_scope
    return sorted({h.label for h in select_scope(find_scope(text))})


def article(*paras: str) -> str:
    """An article text from its paragraphs (headline first), blank lines between them."""
    return "\n\n".join(paras) + "\n"


def assert_venue(venue, name=None, city=None, not_city=None) -> None:
    """The venue has this name and city (None: that part is not what the case is about)
    and its city is not `not_city`."""
    assert venue is not None
    if name is not None:
        assert venue.name == name
    if city is not None:
        assert venue.city == city
    if not_city is not None:
        assert venue.city != not_city


def party_names(text: str, province=None, aliases=None) -> list[str]:
    """The names of the parties find_parties reads in the whole of `text`."""
    from mou_extract import parties as P
    return [pm.name for pm in P.find_parties(text, 0, len(text), province, aliases)]


def article_aliases(text: str) -> dict:
    """The article's aliases and named bodies, as the pipeline builds them for one span."""
    from mou_extract import parties as P
    spans = [(0, len(text))]
    al = P.article_aliases(text, spans, None)
    al.update(P.named_bodies(text, spans, None))
    return al


class VenueCtx:
    """The few fields of a signings.Ctx that venues.find_venue and its helpers read."""

    def __init__(self, norm, dateline=None, sents=(), title_spans=()):
        self.norm, self.dateline = norm, dateline
        self.sents, self.title_spans, self.caption_from = list(sents), list(title_spans), len(sents)


def venue_of(text, dateline=None):
    """find_venue over the whole text, with no sentences known."""
    from mou_extract import venues

    return venues.find_venue(VenueCtx(text, dateline), 0, len(text))



def signings_of(text: str):
    """The signings of an article that must report one."""
    rec = extract_text(text, id="t")
    assert rec.is_signing
    return rec.signings


def names(items) -> list[str]:
    """The names of parties or people, in order."""
    return [p.name for p in items]


def venue_ctx(text, dateline=None):
    """A VenueCtx whose paragraphs are the text's lines, split into sentences."""
    import re
    from mou_extract import segment
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return VenueCtx(text, dateline=dateline, sents=segment.sentences(text, paras))


def venue_in(text, sentence, dateline=None):
    """find_venue over the sentence of `text` that starts with `sentence`."""
    from mou_extract import venues as V
    ctx = venue_ctx(text, dateline)
    s = text.index(sentence)
    t = next(t for t in ctx.sents if t.start == s)
    return V.find_venue(ctx, t.start, t.end)


def scope_labels(text: str, spans=None) -> set[str]:
    """The scope labels selected in text (every hit's evidence checked against the text)."""
    from mou_extract.scope import find_scope, select_scope

    hits = find_scope(text, spans)
    for h in hits:
        assert text[h.start:h.end] == h.text
    return {h.label for h in select_scope(hits)}


# parts of one ordinary page, for cleaning tests that build pages around them
PAGE_HEAD = "Pemkab Sukamaju dan Universitas Contoh Teken Nota Kesepahaman Riset Daerah"
PAGE_DATE = "Kamis, 12 Juni 2025 | 10:15 WIB"
PAGE_LEAD = ("SUKAMAJU – Pemerintah Kabupaten Sukamaju dan Universitas Contoh menandatangani nota kesepahaman "
             "tentang riset daerah di pendopo kabupaten, Rabu (11/6/2025).")
PAGE_MORE = ("Bupati Sukamaju mengatakan kerja sama itu meliputi penelitian kebijakan dan pelatihan aparatur, "
             "serta penempatan mahasiswa magang di perangkat daerah.")
PAGE_LAST = ("Rektor Universitas Contoh menyebut kampusnya siap mengirim dosen ke setiap dinas mulai bulan depan, "
             "ujarnya.")


def mentions_in(text: str, start: int = 0, end=None):
    """people.find_mentions over text[start:end] (no signing parties known)."""
    return find_mentions(text, 0, start, len(text) if end is None else end, frozenset())


def named_in(text: str, start: int = 0, end=None) -> dict:
    """The named mentions of text[start:end], by name."""
    return {m.name: m for m in mentions_in(text, start, end) if m.name}


def named_in_second_sentence(text: str) -> dict:
    """The people of the second of two sentences (the first gives names or the signing)."""
    return named_in(text, text.index(". ") + 2)
