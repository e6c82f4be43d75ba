"""Round 33 scope cases (helper D, the Ombudsman's vocabulary): the parties adding an area to a
renewed or amended agreement ("kedua pihak menambahkan A, di samping ruang lingkup lama, yakni
B dan C"), which is the scope itself and no addition to the agreement's subject; the
agreement as the basis of "kerja bersama untuk" / "kolaborasi guna" an activity; a counted
list told by a speaker ("Ahmad mengatakan ada tiga hal yang akan dikerjakan bersama, yaitu ..."),
the agreement named in the paragraph before; assistance paired with an act of oversight
("pendampingan dan pemantauan ...") is part of that oversight."""
from mou_extract import scope as S
from variety_helpers import article, first_signing, scope_labels as _selected


def _signed(text: str) -> list[str]:
    return sorted({h.label for h in first_signing(text).scope})


def _scope_hits(text: str) -> list:
    return [h for h in S.find_scope(text) if h.cue and h.kind == "scope"]


# --- the parties add an area to the agreement ------------------------------------------

_RENEWAL_HEAD = "Ombudsman Sultra dan Pemkab Konawe Perbarui Nota Kesepakatan"
_RENEWAL_LEAD = ("Unaaha - Kepala Ombudsman RI Perwakilan Sulawesi Tenggara, Andi Saputra, dan Bupati Konawe, "
                 "Rusdi Lamato, menandatangani perpanjangan nota kesepakatan tentang Peningkatan Kualitas "
                 "Pelayanan Publik di Kabupaten Konawe, di Aula Kantor Bupati Konawe, Senin (3/3/2025).")


def test_parties_adding_an_area_to_a_renewal_is_the_scope():
    text = article(_RENEWAL_HEAD, _RENEWAL_LEAD,
                   "Lewat perpanjangan ini, kedua pihak menambahkan pelatihan petugas loket kecamatan, di samping "
                   "ruang lingkup lama, yakni penanganan pengaduan masyarakat dan pertukaran data.")
    # (the subject, "Peningkatan Kualitas Pelayanan Publik", is no part of what is added to)
    assert _signed(text) == ["capacity_building", "complaint_handling", "data_exchange"]


def test_parties_agreeing_to_add_an_area():
    text = ("Dalam adendum nota kesepakatan itu, kedua belah pihak sepakat menambahkan pemantauan standar "
            "pelayanan di puskesmas.")
    assert _selected(text) == {"monitoring_evaluation"}


def test_the_points_held_before_are_no_item():
    text = ("Kedua pihak menambahkan bimbingan teknis bagi operator desa, selain poin-poin yang sudah ada, yaitu "
            "pencegahan maladministrasi dan penyelesaian laporan masyarakat.")
    assert _selected(text) == {"capacity_building", "maladministration_prevention", "complaint_handling"}


def test_a_speaker_adding_still_adds_to_the_subject():
    # "X menambahkan, ...": a remark added, the subject counts beside the statement
    text = "Rahmat menambahkan, kedua pihak sepakat melakukan pemadanan data kependudukan."
    assert S.adds_to_subject(text, 0, text.index("pemadanan"))
    text2 = "Ia menambahkan bahwa kedua pihak akan bertukar data pengaduan."
    assert S.adds_to_subject(text2, 0, text2.index("bertukar"))
    # ("juga": the parties also add, an addition still)
    text3 = "Kedua pihak juga menambahkan pelatihan bagi petugas layanan."
    assert S.adds_to_subject(text3, 0, text3.index("pelatihan"))
    text4 = "Kedua pihak menambahkan pelatihan bagi petugas layanan."
    assert not S.adds_to_subject(text4, 0, text4.index("pelatihan"))


def test_parties_adding_a_remark_is_no_statement():
    text = "Kedua pihak menambahkan bahwa pelatihan bagi petugas layanan sudah berjalan sejak tahun lalu."
    assert _scope_hits(text) == []


# --- the basis of joint work for an activity -------------------------------------------------

def test_basis_of_joint_work_for_an_activity():
    text = ("Menurut Kepala Ombudsman, nota kesepakatan itu menjadi dasar kerja bersama untuk penyelesaian "
            "laporan masyarakat di seluruh kecamatan.")
    assert _selected(text) == {"complaint_handling"}
    text2 = "Kesepakatan ini menjadi landasan kolaborasi guna pertukaran data pengaduan antara kedua lembaga."
    assert _selected(text2) == {"data_exchange"}


def test_basis_of_joint_work_then_what_a_party_also_does():
    text = ("Ia mengatakan MoU tersebut menjadi pijakan kerja bersama untuk pencegahan maladministrasi di "
            "sekolah. Selain itu, Ombudsman juga akan memberikan pelatihan bagi operator sekolah.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}


def test_basis_of_joint_work_for_a_purpose_is_no_scope_statement():
    # (a verb of aim after "untuk": why it was signed, not an area this row reads)
    text = "Nota kesepakatan itu menjadi dasar kerja bersama untuk meningkatkan kualitas pelayanan publik."
    assert _scope_hits(text) == []


# --- the points worked on together, told by a speaker ------------------------------------------

_POINTS_LEAD = ("Pemerintah Kota Tidore Kepulauan dan Ombudsman RI Perwakilan Maluku Utara menandatangani nota "
                "kesepakatan di Kantor Wali Kota Tidore Kepulauan, Selasa (4/2/2025).")


def test_points_worked_on_together_told_by_a_speaker():
    # (the count opens the paragraph after the one that names the agreement)
    text = article("Pemkot Tidore dan Ombudsman Malut Teken Nota Kesepakatan", _POINTS_LEAD,
                   "Ahmad Rahman menjelaskan ada tiga hal yang akan dikerjakan bersama, yaitu pelatihan bagi "
                   "petugas pengaduan, pemantauan standar pelayanan, dan pertukaran data.")
    assert _signed(text) == ["capacity_building", "data_exchange", "monitoring_evaluation"]


def test_points_worked_on_together_after_according_to():
    text = ("Kerja sama itu diteken di balai kota. Menurutnya, ada dua hal yang akan dilaksanakan bersama, yakni "
            "penanganan pengaduan masyarakat dan pencegahan maladministrasi.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention"}


def test_points_told_after_no_agreement_are_no_statement():
    text = ("Warga mengeluhkan antrean panjang di kantor kecamatan.\n\nAhmad mengatakan ada dua hal yang akan "
            "dikerjakan bersama, yaitu penanganan pengaduan masyarakat dan pencegahan maladministrasi.")
    assert _scope_hits(text) == []


def test_count_whose_list_does_not_follow_is_no_statement():
    # (more than a relative clause between the count and the list: "lebih dulu dengan dinas")
    text = ("Kerja sama itu diteken di balai kota. Ahmad mengatakan ada tiga hal yang perlu dibahas lebih dulu "
            "dengan dinas, yaitu pelatihan bagi petugas dan pertukaran data.")
    assert _scope_hits(text) == []


# --- assistance paired with oversight --------------------------------------------------------------

def test_assistance_paired_with_oversight_is_oversight():
    text = ("Ruang lingkup kesepakatan meliputi pendampingan dan pemantauan tindak lanjut hasil penilaian "
            "kepatuhan di setiap dinas.")
    assert _selected(text) == {"monitoring_evaluation"}
    text2 = "Melalui nota kesepakatan ini, Ombudsman akan melakukan pendampingan serta pengawasan berkala."
    assert _selected(text2) == {"monitoring_evaluation"}


def test_assistance_with_its_own_object_stays_training():
    # (the assistance has its own object before the pair: two areas)
    text = ("Ruang lingkup kesepakatan meliputi pendampingan bagi operator dan pemantauan standar pelayanan "
            "di kecamatan.")
    assert _selected(text) == {"capacity_building", "monitoring_evaluation"}
    text2 = "Ruang lingkup kesepakatan meliputi pendampingan penyusunan standar pelayanan serta pemantauan kepatuhan."
    assert _selected(text2) == {"capacity_building", "monitoring_evaluation"}
