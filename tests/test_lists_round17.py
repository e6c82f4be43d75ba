"""Round 17: how signing events collect documents, signers and parties.

Texts written for these tests (fictional people in real regions)."""
from mou_extract import extract_text


def _run(text: str):
    rec = extract_text(text, id="t")
    return rec.model_dump() if hasattr(rec, "model_dump") else rec


def _parties(s) -> set[str]:
    return {p["name"] for p in s["parties"]}


def _signers(s) -> set[str]:
    return {p["name"] for p in s["signatories"]}


ONE_CEREMONY = """Kampus Gandeng Tiga Mitra

JAMBI – Universitas Jambi (Unja) meneken kerja sama dengan tiga mitra, Selasa (9/9/2025). Ketiga dokumen ditandatangani bergantian dalam satu seremoni di Balairung Pinang Masak, Kampus Mendalo.

Mitra pertama adalah Pemerintah Kabupaten Tebo. Bupati Tebo Ahmad Fauzi Rangkuti menandatangani nota kesepahaman bersama Rektor Unja Prof. Dr. Helmi Saputra, M.Sc.

Berikutnya, rektor menandatangani perjanjian kerja sama dengan PT Bank Pembangunan Daerah Jambi yang diwakili Direktur Utama Bank Jambi, Yudi Permana Lubis.

Terakhir, rektor meneken nota kesepahaman dengan PT Perkebunan Nusantara IV yang diwakili Direktur Regional, Darmawan Sitepu.

Kerja sama itu mencakup penelitian terapan dan program magang mahasiswa.
"""


TWO_DAYS = """Dua Kerja Sama Sepekan

KENDARI – Universitas Halu Oleo menandatangani nota kesepahaman dengan Pemerintah Kota Kendari dalam satu acara di Auditorium Mokodompit, Senin (6/10/2025). Naskah diteken Rektor Universitas Halu Oleo Prof. Dr. Muhammad Zamrun Firihu dan Wali Kota Kendari Siska Karina Imran.

Selanjutnya, Kamis (9/10/2025), rektor meneken perjanjian kerja sama dengan Kantor Pertanahan Kota Kendari di Gedung Rektorat. PKS itu ditandatangani rektor dan Kepala Kantor Pertanahan Kota Kendari Rudi Hartono Pasaribu.
"""


def test_documents_signed_in_turn_at_one_ceremony_are_one_signing():
    rec = _run(ONE_CEREMONY)
    assert rec["is_signing"]
    assert len(rec["signings"]) == 1
    s = rec["signings"][0]
    assert {"Universitas Jambi", "Pemerintah Kabupaten Tebo"} <= _parties(s)
    assert any(n.startswith("PT Perkebunan Nusantara IV") for n in _parties(s))
    assert {"Ahmad Fauzi Rangkuti", "Helmi Saputra", "Darmawan Sitepu"} <= _signers(s)
    # (a signing of another day told after "dalam satu acara" stays its own)
    assert len(_run(TWO_DAYS)["signings"]) == 2




PRONOUN = """Pemkab dan Kejari Teken Nota Kesepakatan

MUARA ENIM – Pemerintah Kabupaten Muara Enim menjalin nota kesepakatan dengan Kejaksaan Negeri Muara Enim di Ruang Rapat Pangripta, Rabu (15/10/2025).

Bupati Muara Enim yang berhalangan hadir diwakili Asisten Pemerintahan Setda Muara Enim, Drs. Hendra Gunawan Siregar, M.Si. Ia menandatangani nota kesepakatan itu bersama Kepala Kejari Muara Enim, Rizal Effendi Nasution, S.H., M.H.
"""


def test_pronoun_subject_of_signing_sentence_is_the_representative_named_before():
    rec = _run(PRONOUN)
    s = rec["signings"][0]
    assert "Hendra Gunawan Siregar" in _signers(s)
    assert "Pemerintah Kabupaten Muara Enim" in _parties(s)


NK_THEN_PKS = """Pemprov Jambi dan Kejati Teken Nota Kesepakatan, Dua OPD Lanjutkan PKS

JAMBI – Pemerintah Provinsi Jambi dan Kejaksaan Tinggi Jambi menandatangani Nota Kesepakatan tentang Penanganan Masalah Hukum Bidang Perdata dan Tata Usaha Negara di Aula Rumah Dinas Gubernur Jambi, Senin (13/10/2025). Nota kesepakatan diteken Gubernur Jambi Hendra Saputra Lubis dan Kepala Kejati Jambi Dr. Bonifasius Tarigan, S.H., M.H.

Usai itu, penandatanganan Perjanjian Kerja Sama (PKS) sebagai turunannya dilakukan. PKS ditandatangani Kepala Dinas Pekerjaan Umum Provinsi Jambi Sutrisno Wibowo dan Kepala Badan Keuangan Daerah Provinsi Jambi Rahmawati Nasution. Keduanya bergantian meneken PKS bersama Asisten Perdata dan Tata Usaha Negara Kejati Jambi, Siti Aminah Harahap, S.H.
"""


def test_documents_of_two_kinds_at_one_event_take_the_first_signed():
    rec = _run(NK_THEN_PKS)
    assert len(rec["signings"]) == 1
    assert rec["signings"][0]["document_type"] == "nota_kesepakatan"


BUDGET_ROUNDUP = """Sepekan di Pidie

SIGLI – Sepekan terakhir, Pemerintah Kabupaten Pidie menjalani agenda padat, dari pembahasan anggaran hingga penandatanganan kerja sama.

1. Anggaran disepakati
Senin (1/12/2025), Bupati Pidie Teuku Ridwan Hasbi dan Ketua DPRK Pidie Tgk. Muhammad Yunus Abdullah menandatangani nota kesepakatan KUA-PPAS Tahun Anggaran 2026 dalam rapat paripurna.

2. Nota kesepakatan dengan Kejari
Selasa (2/12/2025), pemkab meneken nota kesepakatan dengan Kejaksaan Negeri Pidie tentang bantuan hukum perdata. Penandatanganan dilakukan Bupati Teuku Ridwan Hasbi dan Kepala Kejari Pidie Andi Maulana Siregar, S.H.
"""


def test_signers_of_a_budget_document_are_not_signers_of_the_agreement():
    rec = _run(BUDGET_ROUNDUP)
    assert rec["is_signing"]
    signers = set().union(*(_signers(s) for s in rec["signings"]))
    parties = set().union(*(_parties(s) for s in rec["signings"]))
    assert "Muhammad Yunus Abdullah" not in signers
    assert not any("DPRK" in p or "Dewan Perwakilan" in p for p in parties)


OBSERVER = """Pemkot Tidore dan Imigrasi Teken PKS

TIDORE – Pemerintah Kota Tidore Kepulauan meneken perjanjian kerja sama dengan Kantor Imigrasi Kelas II TPI Tidore di Ruang Rapat Wali Kota, Senin (10/11/2025). PKS diteken Wali Kota Tidore Kepulauan Rahmat Hasan Tomagola dan Kepala Kantor Imigrasi Kelas II TPI Tidore Yoseph Pardede.

Layanan paspor keliling akan hadir di kelurahan mulai bulan depan.

"Warga tidak perlu lagi menyeberang ke Ternate," kata Rahmat.

Warga menyambut baik layanan itu.

Namun, menurut dosen Universitas Khairun, Dr. Saiful Bahri Umasangadji, penandatanganan semacam ini perlu diikuti anggaran yang jelas.
"""


def test_a_quoted_observer_paragraphs_later_names_no_party():
    rec = _run(OBSERVER)
    s = rec["signings"][0]
    assert "Universitas Khairun" not in _parties(s)


EARLIER_SIMILAR = """BPK Teken Nota Kesepakatan dengan Dua Pemkab

MAMUJU – Badan Pemeriksa Keuangan Perwakilan Provinsi Sulawesi Barat menandatangani nota kesepakatan akses data elektronik dengan Pemerintah Kabupaten Majene dan Pemerintah Kabupaten Polewali Mandar, Selasa (5/8/2025). Nota kesepakatan diteken Kepala BPK Perwakilan Provinsi Sulawesi Barat Arief Budiman Tarigan, Bupati Majene Hasanuddin Mallarangeng dan Bupati Polewali Mandar Andi Baso Sulaiman.

Arief mengatakan akses data itu mempercepat pemeriksaan. Ia menyebut, sebelumnya kesepakatan serupa telah ditandatangani dengan Pemerintah Kabupaten Mamasa dan Pemerintah Kabupaten Pasangkayu.
"""


def test_partners_of_an_earlier_similar_agreement_are_not_parties():
    rec = _run(EARLIER_SIMILAR)
    s = rec["signings"][0]
    assert "Pemerintah Kabupaten Majene" in _parties(s)
    assert not {"Pemerintah Kabupaten Mamasa", "Pemerintah Kabupaten Pasangkayu"} & _parties(s)
