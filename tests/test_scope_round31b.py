"""Round 31 scope cases (helper B): "Objek perjanjian ini adalah ..." and "Poin lain dalam
kesepakatan itu adalah ..." name what the agreement covers; a table scraped into a label line and
": value" lines; "termasuk dalam A serta B" after legal assistance names the work it is given in;
a purpose told before "Ruang lingkup ... juga mencakup ..." counts among what it covers; a
post's bulleted list under "Apa manfaatnya ...?"; a contract named again ("kontrak itu juga
mencakup ...")."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def _texts(text):
    return {h.label: h.text for h in select_scope(find_scope(text))}


LEAD = ("Pemerintah Kabupaten Sukamaju dan BPJS Kesehatan Cabang Sukamaju menandatangani perjanjian "
        "kerja sama di Pendopo Kabupaten Sukamaju, Selasa (3/3/2026).\n\n")


def test_object_of_the_agreement():
    text = LEAD + ("Objek perjanjian ini adalah penjaminan pelayanan kesehatan bagi warga miskin yang iurannya "
                   "dibayar pemerintah daerah, sehingga seluruh penduduk terlindungi.")
    got = _texts(text)
    assert set(got) == {"other"}
    assert got["other"].startswith("penjaminan pelayanan kesehatan")
    text2 = LEAD + "Objek kerja sama tersebut meliputi pertukaran data kepesertaan dan pelatihan petugas puskesmas."
    assert _selected(text2) == {"data_exchange", "capacity_building"}


def test_another_point_of_the_agreement():
    text = LEAD + ("Kedua pihak sepakat mempercepat penyelesaian pengaduan peserta.\n\n"
                   "Kepala cabang mengatakan keluhan terbanyak soal antrean di rumah sakit.\n\n"
                   "Poin lain dalam kesepakatan tersebut adalah pemantauan kepatuhan fasilitas kesehatan "
                   "setiap semester.")
    assert _selected(text) == {"complaint_handling", "monitoring_evaluation"}
    text2 = LEAD + ("Butir lain yang disepakati ialah pertukaran data peserta yang meninggal dunia.")
    assert _selected(text2) == {"data_exchange"}
    # (a point someone raised is not a point of the agreement)
    text3 = LEAD + "Poin lain yang disorot bupati adalah pemantauan antrean di rumah sakit."
    assert _selected(text3) == set()


def test_table_of_label_and_value_lines():
    text = LEAD + ("Ringkasan Perjanjian\nNomor\n: 12/PKS/2026\nRuang Lingkup\n"
                   ": Pendaftaran warga miskin sebagai peserta JKN\n"
                   ": Pengawasan mutu layanan puskesmas secara berkala\n"
                   "Jangka Waktu\n: 3 (tiga) tahun\nSumber Dana\n: APBD Kabupaten Sukamaju\n\n"
                   "Bupati mengatakan anggaran sudah disiapkan.")
    got = _texts(text)
    assert set(got) == {"other", "monitoring_evaluation"}
    assert got["other"] == "Pendaftaran warga miskin sebagai peserta JKN"  # (without the colon)
    assert all("tahun" not in h.text and "APBD" not in h.text for h in find_scope(text) if h.cue)


def test_including_the_work_the_legal_assistance_is_given_in():
    text = LEAD.replace("BPJS Kesehatan Cabang Sukamaju", "Kejaksaan Negeri Sukamaju") + (
        "Melalui perjanjian ini, jaksa pengacara negara akan memberikan bantuan hukum dan pertimbangan "
        "hukum kepada dinas, termasuk dalam pengadaan barang dan jasa serta penagihan piutang retribusi.")
    assert _selected(text) == {"legal_assistance"}
    # (a task of its own after "termasuk" stays one)
    text2 = LEAD.replace("BPJS Kesehatan Cabang Sukamaju", "Kejaksaan Negeri Sukamaju") + (
        "Melalui perjanjian ini, jaksa pengacara negara akan memberikan bantuan hukum kepada dinas, "
        "termasuk penyelamatan aset daerah yang dikuasai pihak lain.")
    assert _selected(text2) == {"legal_assistance", "other"}


def test_purpose_before_what_it_also_covers():
    text = LEAD.replace("BPJS Kesehatan Cabang Sukamaju", "Ombudsman RI Perwakilan Jawa Barat") + (
        "Kepala perwakilan mengatakan, kerja sama ini dimaksudkan untuk mempercepat penyelesaian laporan "
        "masyarakat atas layanan perizinan.\n\n"
        "\"Laporan soal perizinan paling banyak masuk ke kami,\" ujarnya.\n\n"
        "Ruang lingkup kesepakatan juga mencakup pencegahan maladministrasi serta pertukaran data dan "
        "informasi.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "data_exchange"}
    # (without "juga" the scope statement alone counts)
    text2 = text.replace("kesepakatan juga mencakup", "kesepakatan mencakup")
    assert _selected(text2) == {"maladministration_prevention", "data_exchange"}


def test_bulleted_list_under_a_question_on_what_it_brings():
    text = LEAD + ("Apa manfaatnya bagi warga? 👇\n"
                   "✅ Bayi yang lahir di RSUD langsung pulang membawa akta kelahiran\n"
                   "✅ Ada pertukaran data antara RSUD dan Disdukcapil agar data penduduk akurat\n\n"
                   "Bupati berharap layanan ini segera berjalan.")
    assert _selected(text) == {"other", "data_exchange"}
    # (a question answered in prose, or one list line only, is not a list)
    text2 = LEAD + "Apa manfaatnya bagi warga? Bupati menyebut antrean di rumah sakit akan berkurang."
    assert _selected(text2) == set()
    text3 = LEAD + "Apa manfaatnya bagi warga?\n✅ Bayi yang lahir di RSUD langsung pulang membawa akta kelahiran"
    assert _selected(text3) == set()


def test_a_contract_named_again():
    text = ("PT Bank Sukamaju menandatangani kontrak sponsorship dengan klub sepak bola Sukamaju FC.\n\n"
            "Selain dukungan dana, kontrak itu juga mencakup pembukaan rekening tabungan bagi anggota "
            "kelompok suporter.")
    assert _selected(text) == {"other"}
    # (a worker's contract is no agreement)
    text2 = ("Pemkab Sukamaju dan Universitas Contoh menandatangani nota kesepahaman.\n\n"
             "Menurut bupati, gaji tenaga kontrak itu juga mencakup tunjangan transportasi.")
    assert _selected(text2) == set()


def test_what_was_agreed_is_introduced_by_ialah():
    # "ialah" introduces the items as "adalah" does
    text = LEAD + "Hal pokok yang disepakati kedua pihak ialah pertukaran data kependudukan dan penelitian bersama."
    assert _selected(text) == {"data_exchange", "other"}
