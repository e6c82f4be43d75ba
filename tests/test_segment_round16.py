"""A military rank's corps word with a full stop ("Kolonel Inf.", "Letkol Czi.") is no
sentence end: the signer after it stays in the signing sentence. Sentences written for
this test."""
from mou_extract import segment
from variety_helpers import article, first_signing


def _sentences(text):
    return [text[s.start:s.end] for s in segment.sentences(text, [(0, len(text))])]


def test_corps_word_after_a_rank_ends_no_sentence():
    text = ("Nota kesepahaman diteken Komandan Kodim 0104/Aceh Timur Letkol Czi. Rudi Hartono dan "
            "Bupati Aceh Timur. Acara berlangsung di Makodim.")
    assert len(_sentences(text)) == 2


def test_the_signer_after_a_rank_and_corps_word_is_found():
    sg = first_signing(article(
        "Korem dan Pemkab Teken MoU Ketahanan Pangan",
        "Selasa, 13 Agustus 2024",
        "LHOKSEUMAWE - Penandatanganan nota kesepahaman dilakukan Komandan Korem 011/Lilawangsa "
        "Kolonel Inf. Budi Prasetyo Nasution, S.I.P. dan Bupati Aceh Utara Ismail Jalil di Aula "
        "Makorem 011/Lilawangsa, Selasa (13/8/2024).",
    ))
    assert "Budi Prasetyo Nasution" in [p.name for p in sg.signatories]
