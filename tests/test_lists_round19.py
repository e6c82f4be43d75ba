"""Round 19: heads coming forward in turn, numbered lists of governments cut by the
segmenter, and one official signing for two bodies."""
from mou_extract import extract_text


def _names(people):
    return [p.name for p in people]


def test_heads_coming_forward_in_turn_and_named_after_mereka_adalah_sign():
    # a second session where regents and mayors come forward one by one, named in
    # name-before-role form after "Mereka adalah", one represented by an assistant
    text = (
        "PALU, sultengnews.id - Aula Kantor Gubernur Sulawesi Tengah, Kamis 12 Juni 2025, dipenuhi "
        "pejabat dari empat daerah. Mereka datang untuk menandatangani MoU dengan Ombudsman RI Perwakilan "
        "Sulawesi Tengah.\n\n"
        "Pada sesi pertama, MoU antara Ombudsman Sulteng dan Pemerintah Provinsi Sulawesi Tengah diteken "
        "Gubernur Sulawesi Tengah, Anwar Lamadjido, bersama Kepala Ombudsman RI Perwakilan Sulawesi Tengah, "
        "Sofyan Farid Lembah.\n\n"
        "Sesi berikutnya, para bupati dan wali kota maju satu per satu. Mereka adalah Hadianto Rasyid, Wali "
        "Kota Palu; Rizal Intjenae, Bupati Donggala; Drs. Amran Tambuna, Asisten Pemerintahan Setda Sigi, "
        "yang mewakili Bupati Sigi; serta Verna Inkiriwang, Bupati Poso.\n\n"
        "Sofyan mengatakan MoU itu bertujuan meningkatkan kualitas pelayanan publik.\n\n"
        "Usai acara, gubernur menyerahkan penghargaan pelayanan publik terbaik kepada sejumlah desa.\n\n"
        "Dalam kesempatan lain, kepala desa penerima penghargaan maju satu per satu. Mereka adalah Kepala "
        "Desa Kalukubula, Hamid Lasaboe, dan Kepala Desa Maku, Yusran Tandjung.\n"
    )
    s = extract_text(text, id="t1").signings[0]
    names = _names(s.signatories)
    for n in ("Hadianto Rasyid", "Rizal Intjenae", "Amran Tambuna", "Verna Inkiriwang"):
        assert n in names
    # (people coming forward paragraphs after the signing receive an award)
    assert "Hamid Lasaboe" not in names and "Yusran Tandjung" not in names
    parties = [p.name for p in s.parties]
    for n in ("Pemerintah Kota Palu", "Pemerintah Kabupaten Donggala", "Pemerintah Kabupaten Sigi",
              "Pemerintah Kabupaten Poso"):
        assert n in parties


def test_numbered_list_of_governments_after_a_count_are_parties():
    # "dengan sembilan pemerintah kabupaten/kota" named in a numbered list, one item a line;
    # the heads sign unnamed except two represented ones
    items = ["Kabupaten Kolaka", "Kabupaten Konawe", "Kabupaten Muna", "Kabupaten Buton", "Kabupaten Wakatobi",
             "Kabupaten Bombana", "Kabupaten Konawe Selatan", "Kabupaten Kolaka Timur", "Kota Kendari"]
    text = (
        "Kendari - Ombudsman RI Perwakilan Sulawesi Tenggara menandatangani Nota Kesepakatan tentang "
        "Pengawasan Pelayanan Publik dengan sembilan pemerintah kabupaten/kota di Aula Bahteramas, Kendari, "
        "Rabu (4/3/2026).\n\n"
        "Sembilan pemerintah daerah itu adalah:\n"
        + "".join(f"{i}. {x}\n" for i, x in enumerate(items, 1))
        + "\nNota kesepakatan ditandatangani oleh Kepala Ombudsman RI Perwakilan Sulawesi Tenggara, Mastri "
        "Susilo, bersama para bupati dan wali kota atau pejabat yang mewakili. Bupati Muna diwakili Wakil "
        "Bupati Muna, La Ode Darwin, sementara Wali Kota Kendari diwakili Sekretaris Daerah Kota Kendari, "
        "Roni Muhtar.\n"
    )
    s = extract_text(text, id="t3").signings[0]
    parties = [p.name for p in s.parties]
    for x in items:
        assert "Pemerintah " + x in parties
    names = _names(s.signatories)
    assert "La Ode Darwin" in names and "Roni Muhtar" in names


def test_one_official_signing_for_two_bodies_is_two_signatory_entries():
    text = (
        "KENDARI, sultrapos.id - PT Angkasa Pura Logistik Cabang Kendari menandatangani nota kesepahaman "
        "tentang Distribusi Logistik Daerah Terpencil dengan Pemerintah Provinsi Sulawesi Tenggara dan "
        "Pemerintah Kabupaten Kolaka Utara di Hotel Claro Kendari, Selasa (8/10/2024).\n\n"
        "Kepala Dinas Perhubungan Provinsi Sulawesi Tenggara, Hasrul Lamuda, menandatangani nota "
        "kesepahaman atas nama Gubernur Sulawesi Tenggara. Ia lalu kembali membubuhkan tanda tangan pada "
        "naskah kedua selaku Penjabat Bupati Kolaka Utara.\n\n"
        "Dari pihak perusahaan, nota kesepahaman diteken General Manager PT Angkasa Pura Logistik Cabang "
        "Kendari, Rudi Santoso.\n"
    )
    s = extract_text(text, id="t4").signings[0]
    entries = [(p.role, p.party) for p in s.signatories if p.name == "Hasrul Lamuda"]
    assert ("Kepala Dinas Perhubungan Provinsi Sulawesi Tenggara", "Pemerintah Provinsi Sulawesi Tenggara") in entries
    assert ("Penjabat Bupati Kolaka Utara", "Pemerintah Kabupaten Kolaka Utara") in entries
    assert len(entries) == 2
