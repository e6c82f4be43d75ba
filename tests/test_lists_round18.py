"""Round 18: signings told at one place, and signers listed after a count or in turn."""
from mou_extract import extract_text


def _names(people):
    return [p.name for p in people]


def test_same_place_joins_pks_to_nota_kesepakatan_and_counted_signers_are_listed():
    # a nota kesepakatan with the national Ombudsman, then "Di tempat yang sama" PKS of
    # three dinas heads with the provincial office, the heads named after "Ketiganya yakni"
    text = (
        "Padang (ANTARA) - Gubernur Sumatera Barat Rahmat Hidayat menandatangani nota kesepakatan "
        "dengan Ombudsman Republik Indonesia tentang Pengawasan Pelayanan Publik, Kamis (12/3/2026).\n\n"
        "Nota kesepakatan diteken Gubernur bersama Anggota Ombudsman RI, Budi Santoso, di Auditorium "
        "Gubernuran. Di tempat yang sama, tiga kepala dinas di lingkungan Pemerintah Provinsi Sumatera Barat "
        "menandatangani perjanjian kerja sama (PKS) dengan Ombudsman RI Perwakilan Sumatera Barat.\n\n"
        "Ketiganya yakni Kepala Dinas Sosial Provinsi Sumatera Barat, Dewi Anggraini, Kepala Dinas "
        "Perhubungan Provinsi Sumatera Barat, Yusuf Maulana, dan Kepala Dinas Pariwisata Provinsi "
        "Sumatera Barat, Rina Oktavia. PKS diteken bersama Kepala Ombudsman RI Perwakilan Sumatera Barat, "
        "Taufik Hidayat.\n\n"
        "Menurut Budi, kerja sama itu mencakup pencegahan maladministrasi.\n"
    )
    r = extract_text(text, id="t1")
    assert len(r.signings) == 1
    s = r.signings[0]
    assert s.document_type == "nota_kesepakatan"
    names = _names(s.signatories)
    for n in ("Rahmat Hidayat", "Budi Santoso", "Dewi Anggraini", "Yusuf Maulana", "Rina Oktavia", "Taufik Hidayat"):
        assert n in names
    assert "Ombudsman RI Perwakilan Sumatera Barat" in [p.name for p in s.parties]


def test_unit_heads_coming_to_the_signing_table_in_turn_sign():
    text = (
        "MAROS, kabarsulsel.id - Tiga perangkat daerah Pemerintah Kabupaten Maros secara bergantian "
        "menandatangani perjanjian kerja sama (PKS) dengan Ombudsman RI Perwakilan Sulawesi Selatan, "
        "Senin (9/3/2026).\n\n"
        "Penandatanganan berlangsung di Ruang Pola Kantor Bupati Maros dan disaksikan Bupati Maros, "
        "Andi Baso Mappiasse.\n\n"
        "Satu per satu, kepala perangkat daerah maju ke meja penandatanganan. Diawali Kepala Dinas "
        "Kesehatan Maros, Hasnah Jafar, disusul Kepala Dinas Sosial Maros, Rudi Hartono, dan terakhir "
        "Kepala Dinas Perhubungan Maros, Ilham Syarif.\n\n"
        "Ketiga PKS itu diteken bersama Kepala Ombudsman RI Perwakilan Sulawesi Selatan, Amir Lapong.\n"
    )
    r = extract_text(text, id="t2")
    assert len(r.signings) == 1
    s = r.signings[0]
    names = _names(s.signatories)
    for n in ("Hasnah Jafar", "Rudi Hartono", "Ilham Syarif", "Amir Lapong"):
        assert n in names
    assert "Andi Baso Mappiasse" not in names
    assert "Andi Baso Mappiasse" in _names(s.attendees)


def test_counted_opener_takes_the_witness_cue():
    # "disaksikan dua pejabat. Keduanya adalah ...": witnesses, not signers
    text = (
        "Bupati Sleman Agus Wibowo menandatangani nota kesepakatan dengan Ombudsman RI Perwakilan "
        "Daerah Istimewa Yogyakarta, Selasa (3/3/2026), di Pendopo Parasamya. Penandatanganan disaksikan "
        "dua pejabat provinsi.\n\n"
        "Keduanya adalah Asisten Pemerintahan Setda DIY, Bambang Setiawan, dan Inspektur DIY, "
        "Lestari Handayani.\n"
    )
    r = extract_text(text, id="t3")
    s = r.signings[0]
    assert "Bambang Setiawan" in _names(s.attendees)
    assert "Bambang Setiawan" not in _names(s.signatories)
