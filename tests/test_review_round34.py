"""Round 34 review: a broken plan's relative clause that ends in a signing held after all."""
from mou_extract import extract_text
from variety_helpers import article


def _told(sentence):
    return article(
        "Pemkab Sigi dan Kejari Sigi Teken Nota Kesepakatan",
        "SIGI - Pemerintah Kabupaten Sigi dan Kejaksaan Negeri Sigi menjalin kerja sama di bidang "
        "hukum perdata dan tata usaha negara.",
        sentence,
        "Bupati Sigi Made Suarsana berharap kerja sama itu mempercepat penyelesaian sengketa aset.")


def test_plan_put_off_then_held_after_all_is_a_signing():
    rec = extract_text(_told("Penandatanganan nota kesepakatan itu, yang semula ditunda karena banjir, "
                             "akhirnya digelar di Aula Kantor Bupati Sigi, Selasa (4/3/2025), oleh Bupati Sigi "
                             "Made Suarsana dan Kepala Kejaksaan Negeri Sigi Andi Rahmat."))
    assert rec.is_signing


def test_plan_called_off_guard():
    rec = extract_text(_told("Penandatanganan nota kesepakatan yang sedianya digelar Selasa (4/3/2025) di "
                             "Aula Kantor Bupati Sigi batal digelar karena banjir."))
    assert not rec.is_signing
