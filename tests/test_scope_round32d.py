"""Round 32 (scope, D): scope statements told as additions to the agreement's subject."""
from variety_helpers import signing_labels, article


def _pks(*rest):
    return article(
        "Pemkab Sumba Timur dan BPJS Ketenagakerjaan Teken PKS",
        "Waingapu - Pemerintah Kabupaten Sumba Timur dan BPJS Ketenagakerjaan Cabang Waingapu "
        "menandatangani perjanjian kerja sama tentang perlindungan jaminan sosial bagi petani "
        "dan nelayan, Kamis (9/10/2025), di Aula Setda Sumba Timur.",
        "Perjanjian ditandatangani Bupati Sumba Timur Marthen Umbu Ndapa dan Kepala BPJS "
        "Ketenagakerjaan Cabang Waingapu Yosef Lado.",
        *rest)


# --- the statement adds to the subject: the subject counts too ---

def test_speaker_adds_statement_keeps_subject():
    text = _pks("Yosef menambahkan, kedua pihak sepakat melakukan pemadanan data kepesertaan "
                "setiap triwulan dengan data kependudukan.")
    assert signing_labels(text) == ["data_exchange", "other"]


def test_also_statement_keeps_subject():
    text = _pks("Kedua pihak juga sepakat melakukan pertukaran data peserta setiap bulan.")
    assert signing_labels(text) == ["data_exchange", "other"]


def test_besides_that_statement_keeps_subject():
    text = _pks("Selain itu, perjanjian tersebut mengatur pertukaran data kepesertaan antara "
                "dinas dan BPJS Ketenagakerjaan.")
    assert signing_labels(text) == ["data_exchange", "other"]


# --- guards: a statement of its own stands alone (the older convention) ---

def test_plain_scope_statement_drops_subject():
    text = _pks("Ruang lingkup perjanjian meliputi pertukaran data peserta dan pelatihan bagi "
                "petugas desa.")
    assert signing_labels(text) == ["capacity_building", "data_exchange"]


def test_also_on_a_verb_of_saying_is_no_addition():
    text = _pks("Ia juga menjelaskan, ruang lingkup perjanjian meliputi pertukaran data peserta "
                "dan pelatihan bagi petugas desa.")
    assert signing_labels(text) == ["capacity_building", "data_exchange"]


def test_also_after_the_first_item_is_no_addition():
    text = _pks("Ruang lingkup perjanjian meliputi pertukaran data peserta, juga pelatihan bagi "
                "petugas desa.")
    assert "other" not in signing_labels(text)


# --- an English wire: the speaker says a party "would also help" do a labelled task ---

def _wire(*rest):
    return article(
        "Ambon city, Bank Maluku sign MoU on cashless market levies",
        "Ambon, Maluku (ANTARA) - The Ambon city government and PT Bank Maluku Malut signed a "
        "memorandum of understanding (MoU) on Tuesday (October 7, 2025) on cashless payment of "
        "market levies.",
        "The MoU was signed by Ambon Mayor Johan Latuheru and Bank Maluku Malut President "
        "Director Ronald Tupamahu at the Ambon City Hall.",
        "Under the agreement, the two parties will share data on market traders and levy receipts.",
        "\"Traders will no longer have to carry cash to pay the levy,\" Latuheru said.",
        *rest)


def test_english_would_also_help_train():
    text = _wire("Tupamahu said the bank would also help train market officers in using the "
                 "payment application.")
    assert "capacity_building" in signing_labels(text)


def test_english_would_also_help_without_a_label_adds_nothing():
    text = _wire("Tupamahu said the bank would also help promote the market to tourists.")
    assert signing_labels(text) == ["data_exchange"]


# --- no scope statement: what a party "also will" do adds to the agreement's subject ---

def _kur(*rest):
    return article(
        "Pemkab Kepulauan Aru dan Bank Maluku Teken PKS KUR Nelayan",
        "Dobo - Pemerintah Kabupaten Kepulauan Aru dan PT Bank Maluku Malut menandatangani "
        "perjanjian kerja sama tentang penyaluran kredit bagi nelayan kecil, Senin (6/10/2025), "
        "di Kantor Bupati Kepulauan Aru.",
        "Perjanjian ditandatangani Bupati Kepulauan Aru Timotius Kaidel dan Pemimpin Cabang "
        "Bank Maluku Malut Dobo Frans Rahanra.",
        "Timotius mengatakan, selama ini nelayan sulit mendapat pinjaman karena tidak punya agunan.",
        *rest)


def test_speaker_adds_party_also_will_train_after_subject():
    text = _kur("Frans menambahkan, Bank Maluku Malut juga akan memberikan pelatihan pengelolaan "
                "keuangan bagi kelompok nelayan penerima kredit.")
    assert signing_labels(text) == ["capacity_building", "other"]


def test_besides_subject_party_also_will_hold_training():
    text = _kur("Selain kredit, Bank Maluku Malut juga akan menggelar pelatihan pembukuan "
                "sederhana bagi istri nelayan di lima kecamatan.")
    assert signing_labels(text) == ["capacity_building", "other"]


def test_past_training_told_without_also_will_adds_nothing():
    text = _kur("Tahun lalu, bank menggelar pelatihan pembukuan bagi 40 nelayan di Dobo.")
    assert signing_labels(text) == ["other"]
