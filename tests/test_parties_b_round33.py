"""Round 33 (parties, banks): a company's name glossed with its acronym before the place
it ends with ("PT Bank Pembangunan Daerah (BPD) Jawa Tengah") keeps that place when its
branch follows ("... Cabang Pati"); a regional development bank the article calls only by
its short name ("Bank Kalsel Cabang Rantau"), never by its legal name, is named as written."""
from mou_extract.parties import regional_bank_as_written
from variety_helpers import article, first_signing
from variety_helpers import party_names as names


# --- a glossed name, its place, then its branch ----------------------------------------------------

def test_gloss_then_place_then_branch():
    s = "Pemkab Pati dan PT Bank Pembangunan Daerah (BPD) Jawa Tengah Cabang Pati menandatangani PKS."
    assert names(s) == ["Pemerintah Kabupaten Pati", "PT Bank Pembangunan Daerah Jawa Tengah Cabang Pati"]
    # (a province written by its alias, the branch's grade before its town)
    s = "Pemkab Sleman dan PT Bank Pembangunan Daerah (BPD) DIY Cabang Utama Sleman meneken perjanjian."
    assert names(s) == ["Pemerintah Kabupaten Sleman", "PT Bank Pembangunan Daerah DIY Cabang Utama Sleman"]
    # (the branch's head named after it)
    s = "Perjanjian diteken Pemimpin PT Bank Pembangunan Daerah (BPD) Bali Cabang Gianyar, I Made Sudarma."
    assert names(s) == ["PT Bank Pembangunan Daerah Bali Cabang Gianyar"]


def test_gloss_then_place_unchanged():
    # (no branch after the place: as before)
    s = "Pemkab Pati dan PT Bank Pembangunan Daerah (BPD) Jawa Tengah menandatangani PKS."
    assert names(s) == ["Pemerintah Kabupaten Pati", "PT Bank Pembangunan Daerah Jawa Tengah"]
    # (a gloss of the whole name: the town after it is where the body stands)
    assert names("Universitas Gadjah Mada (UGM) Yogyakarta menandatangani nota kesepahaman.") == [
        "Universitas Gadjah Mada"]
    # (a lower-case "cabang" opens no branch of the name)
    s = "PT Bank Pembangunan Daerah (BPD) Jawa Tengah cabang pembantu meneken perjanjian."
    assert names(s) == ["PT Bank Pembangunan Daerah Jawa Tengah"]


# --- a regional bank named only by its short name ----------------------------------------------------

_SHORT_ONLY = article(
    "Pemkab Tapin dan Bank Kalsel Teken PKS Pajak Daerah",
    "RANTAU - Pemerintah Kabupaten Tapin menandatangani perjanjian kerja sama dengan Bank Kalsel Cabang Rantau "
    "tentang pembayaran pajak daerah secara nontunai, Selasa (4/3/2025).",
    "PKS ditandatangani Bupati Tapin Yamani dan Pemimpin Bank Kalsel Cabang Rantau, Ahmad Fauzan, di Aula Pemkab Tapin.")


def test_regional_bank_named_only_short_is_named_as_written():
    sg = first_signing(_SHORT_ONLY)
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Tapin", "Bank Kalsel Cabang Rantau"]
    assert [p.party for p in sg.signatories] == ["Pemerintah Kabupaten Tapin", "Bank Kalsel Cabang Rantau"]


def test_regional_bank_written_with_pt_keeps_it():
    text = "Pemkab Karo dan PT Bank Sumut meneken MoU. Pemimpin Bank Sumut Cabang Kabanjahe hadir."
    assert regional_bank_as_written("PT Bank Pembangunan Daerah Sumatera Utara Cabang Kabanjahe", text) == \
        "PT Bank Sumut Cabang Kabanjahe"


def test_regional_bank_legal_name_written_stays():
    # (the article writes the legal name, wrapped or in capitals: the record spells it out)
    name = "PT Bank Pembangunan Daerah Kalimantan Selatan Cabang Rantau"
    for legal in ("PT Bank Pembangunan\nDaerah Kalimantan Selatan", "PT BANK PEMBANGUNAN DAERAH KALIMANTAN SELATAN"):
        text = f"Pemkab Tapin dan {legal} meneken PKS. Pemimpin Bank Kalsel Cabang Rantau hadir."
        assert regional_bank_as_written(name, text) == name
    sg = first_signing(_SHORT_ONLY.replace(
        "dengan Bank Kalsel Cabang Rantau", "dengan PT Bank Pembangunan Daerah Kalimantan Selatan Cabang Rantau"))
    assert [p.name for p in sg.parties] == ["Pemerintah Kabupaten Tapin",
                                            "PT Bank Pembangunan Daerah Kalimantan Selatan Cabang Rantau"]


def test_other_banks_unchanged():
    # (a national bank is named by its legal name, as before; so is a name no short form
    # of the list is written for)
    text = article(
        "Pemkab Jember dan BRI Teken PKS",
        "JEMBER - Pemerintah Kabupaten Jember dan BRI Kantor Cabang Jember menandatangani perjanjian kerja sama "
        "tentang layanan kas daerah, Senin (3/2/2025).",
        "PKS diteken Bupati Jember Hendy Siswanto dan Pemimpin Cabang BRI Jember Agus Salim.")
    assert first_signing(text).parties[1].name == "PT Bank Rakyat Indonesia Kantor Cabang Jember"
    name = "PT Bank Pembangunan Daerah Jawa Tengah"
    assert regional_bank_as_written(name, "BPD Jateng dan Pemkab Pati meneken PKS.") == name
    assert regional_bank_as_written("PT Bank Kalbar Cabang Sambas", "PT Bank Kalbar Cabang Sambas") == \
        "PT Bank Kalbar Cabang Sambas"
