"""Round 19: units of state companies written as the article writes them ("PT PLN
(Persero) UP3 X", Pertamina's subsidiaries and their regions), a company written bare
where the article names one unit of it in full, a regional company named once with its
regency, one branch written with and without "Kantor"."""
from mou_extract import extract_text
from mou_extract import parties as P


def _names(text, province=None, aliases=None):
    return [pm.name for pm in P.find_parties(text, 0, len(text), province, aliases)]


def _spans(text):
    """Sentence-ish spans (one per line) as named_bodies reads them."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _with_bodies(text, opening, province=None):
    """The parties of the line that starts with `opening`, read with the article's named bodies."""
    aliases = P.named_bodies(text, _spans(text), province)
    s = text.index(opening)
    e = text.find("\n", s)
    return [pm.name for pm in P.find_parties(text, s, len(text) if e < 0 else e, province, aliases)]


def test_pln_unit_short_name_after_legal_form():
    t = "Pemkot Kupang dan PT PLN (Persero) UP3 Kupang meneken perjanjian kerja sama, Rabu."
    assert "PT PLN (Persero) UP3 Kupang" in _names(t)
    # without "(Persero)" the short unit name is not read as part of the company's name
    t = "Kepala PLN UP3 Kupang, Yohanes Dami, hadir dalam acara itu."
    assert "PT PLN UP3 Kupang" not in _names(t)


def test_pln_regional_unit_short_name_before_signer():
    t = "ditandatangani General Manager PT PLN (Persero) UID Sulselrabar Ir. Budi Santoso, M.T."
    assert _names(t) == ["PT PLN (Persero) UID Sulselrabar"]


def test_bank_branch_short_name_after_tbk():
    t = "Pemkab Sumbawa menggandeng PT Bank Negara Indonesia (Persero) Tbk KCP Alas untuk layanan pajak."
    assert "PT Bank Negara Indonesia (Persero) Tbk KCP Alas" in _names(t)


def test_pertamina_subsidiary_and_its_region():
    t = "PT Pertamina Patra Niaga Regional Kalimantan menandatangani nota kesepahaman dengan Pemprov Kalsel."
    assert _names(t)[0] == "PT Pertamina Patra Niaga Regional Kalimantan"


def test_pertamina_upstream_subsidiary():
    t = "Pemkab Siak dan Pertamina Hulu Rokan meneken kesepakatan tentang program lingkungan."
    assert "PT Pertamina Hulu Rokan" in _names(t)


def test_bare_company_is_its_unit_named_in_full():
    t = ("Pemkab Dompu menjalin kerja sama dengan PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Dompu.\n"
         "Perjanjian diteken Sekda Dompu dan Pemimpin Cabang BRI Dompu, Siti Aminah.")
    assert "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Dompu" in _with_bodies(
        t, "Perjanjian diteken")
    # two branches named in full: "BRI Dompu" is still the Dompu branch, a bare "BRI" neither
    t2 = t.replace("Perjanjian", "Hadir pula PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Bima.\nPerjanjian")
    assert "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Dompu" in _with_bodies(t2, "Perjanjian diteken")
    t3 = t2 + "\nMenurut dia, BRI siap membantu."
    assert _with_bodies(t3, "Menurut dia") == ["PT Bank Rakyat Indonesia"]


def test_bare_parent_is_its_subsidiary_unit():
    t = ("PT Pertamina Patra Niaga Regional Papua Maluku meneken nota kesepahaman dengan Pemkot Ambon.\n"
         "Dari pihak Pertamina, dokumen ditandatangani Executive General Manager, Rudi Hartono.\n"
         "Acara dihadiri Sales Area Manager Pertamina Patra Niaga Maluku, Yosep Latuconsina.")
    assert _with_bodies(t, "Dari pihak Pertamina, dokumen") == ["PT Pertamina Patra Niaga Regional Papua Maluku"]


def test_regional_water_company_keeps_its_regency_long_form_first():
    t = ("Kejari Klaten dan Perumda Air Minum Tirta Merapi Kabupaten Klaten meneken nota kesepakatan.\n"
         "Nota itu ditandatangani Direktur Utama Perumda Air Minum Tirta Merapi, Bambang Wijaya.\n"
         "Direktur Utama Perumda Air Minum Tirta Merapi berterima kasih.")
    for sent in ("Nota itu ditandatangani", "Direktur Utama Perumda Air Minum Tirta Merapi berterima"):
        assert _with_bodies(t, sent, "Jawa Tengah") == ["Perumda Air Minum Tirta Merapi Kabupaten Klaten"]


def test_regional_water_company_keeps_its_regency_short_form_first():
    t = ("Direktur Utama Perumda Air Minum Tirta Merapi menyambut baik kerja sama itu.\n"
         "Kejari Klaten dan Perumda Air Minum Tirta Merapi Kabupaten Klaten meneken nota kesepakatan.")
    assert _with_bodies(t, "Direktur Utama Perumda", "Jawa Tengah") == ["Perumda Air Minum Tirta Merapi Kabupaten Klaten"]


def test_branch_with_and_without_office_word():
    t = ("RSUD Sinjai memperpanjang PKS dengan BPJS Kesehatan Kantor Cabang Watampone.\n"
         "Pada pekan yang sama BPJS Kesehatan Cabang Watampone juga menemui klinik swasta.")
    assert _with_bodies(t, "Pada pekan yang sama") == ["BPJS Kesehatan Kantor Cabang Watampone"]


def test_article_water_company_with_regency():
    text = (
        "Kejari dan PDAM Sragen Teken Kesepakatan\n\n"
        "SRAGEN – Kejaksaan Negeri Sragen dan Perumda Air Minum Tirta Sukowati Kabupaten Sragen "
        "menandatangani nota kesepakatan di bidang perdata dan tata usaha negara, Kamis (5/6/2025).\n\n"
        "Nota kesepakatan ditandatangani Kepala Kejaksaan Negeri Sragen, Agung Prasetyo, S.H., M.H., "
        "dan Direktur Utama Perumda Air Minum Tirta Sukowati, Ir. Joko Santosa.\n\n"
        "Menurut Agung, jaksa pengacara negara akan mendampingi perusahaan dalam penagihan tunggakan.\n"
    )
    rec = extract_text(text, id="t19")
    names = [p.name for p in rec.signings[0].parties]
    assert "Perumda Air Minum Tirta Sukowati Kabupaten Sragen" in names
    assert "Perumda Air Minum Tirta Sukowati" not in names
