"""Round 19b scope cases: what the speaker of a scope statement adds a party "will also"
do a few paragraphs later, "kami fokuskan pada", a purpose with the partner named before
"ini untuk", a clause naming only the agreement, and "Isinya ...:"."""
from mou_extract.scope import find_scope, select_scope
from variety_helpers import scope_labels as _selected


def test_speaker_adds_what_a_party_will_also_do_after_a_quote():
    text = ("Ombudsman RI Perwakilan Bengkulu dan Polres Rejang Lebong meneken nota kesepahaman, Rabu.\n\n"
            "Rudi Hartono menjelaskan, ruang lingkup nota kesepahaman meliputi percepatan penanganan "
            "pengaduan masyarakat dan pencegahan maladministrasi pada layanan SIM.\n\n"
            "\"Laporan soal layanan kepolisian masih banyak. Kami ingin semuanya cepat selesai,\" ujarnya.\n\n"
            "Ia menambahkan, Ombudsman juga akan melakukan pemantauan rutin terhadap standar pelayanan "
            "di polsek jajaran.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "monitoring_evaluation"}
    # an added act that names no area adds nothing
    text = text.replace("pemantauan rutin terhadap standar pelayanan", "kunjungan ke polsek")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention"}


def test_object_focus_passive_opens_the_items():
    text = ("Pemkab Tanah Laut dan Ombudsman Kalimantan Selatan menandatangani nota kesepakatan, Senin. "
            "\"Kerja sama ini kami fokuskan pada dua hal, yaitu pencegahan maladministrasi dan pelatihan "
            "bagi aparatur kecamatan,\" kata Hendra.")
    assert _selected(text) == {"maladministration_prevention", "capacity_building"}


def test_purpose_with_the_partner_named_before_the_demonstrative():
    text = ("Pemkab Asmat dan Ombudsman Papua menandatangani nota kesepakatan. Ruang lingkupnya meliputi "
            "pertukaran data dan pencegahan maladministrasi. \"Kerja sama dengan Ombudsman Papua ini untuk "
            "meningkatkan kualitas pelayanan publik di kampung-kampung,\" ujar Bupati.")
    assert _selected(text) == {"data_exchange", "maladministration_prevention", "service_quality"}


def test_clause_naming_only_the_agreement_is_not_an_item():
    text = ("Kejari Sumba Barat dan Pemkab Sumba Barat memperbarui kerja sama, Kamis. \"Cakupannya kami "
            "tambah,\" kata Kajari.\n\nRuang lingkupnya kami perluas. Ia menjelaskan, dalam kesepakatan "
            "yang baru, Kejari akan memberikan bantuan hukum dan pertimbangan hukum kepada pemkab.")
    assert _selected(text) == {"legal_assistance"}


def test_isinya_with_a_comment_before_its_colon():
    text = ("Pemkab Kepulauan Sangihe dan Ombudsman Sulawesi Utara meneken nota kesepakatan, Jumat.\n\n"
            "Isinya tidak panjang: percepatan penyelesaian laporan masyarakat, pencegahan maladministrasi "
            "di kecamatan, serta pemantauan standar pelayanan di puskesmas.")
    assert _selected(text) == {"complaint_handling", "maladministration_prevention", "monitoring_evaluation"}


def test_speaker_addition_after_page_furniture_between_body_spans():
    body = ("Ombudsman RI Perwakilan Jambi dan Polres Bungo meneken nota kesepahaman, Senin.\n\n"
            "Dedi Saputra menjelaskan, ruang lingkup nota kesepahaman meliputi pencegahan maladministrasi "
            "dan pertukaran informasi mengenai laporan masyarakat.\n\n")
    furniture = "Baca juga: Polres Bungo Buka Layanan SIM Keliling di Pasar\n\n"
    rest = ("Ia menambahkan, Ombudsman juga akan melakukan penilaian kepatuhan standar pelayanan "
            "di setiap polsek.")
    text = body + furniture + rest
    spans = [(0, len(body.rstrip())), (len(body) + len(furniture), len(text))]
    hits = find_scope(text, spans)
    assert {h.label for h in select_scope(hits)} == {"maladministration_prevention", "data_exchange",
                                                     "monitoring_evaluation"}
