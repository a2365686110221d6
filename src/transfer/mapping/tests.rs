//! Tests of [`super`].

use super::*;

#[test]
fn codes_round_trip() {
    for t in Target::ALL {
        assert_eq!(Target::parse(t.as_str()), Some(t));
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            format!("\"{}\"", t.as_str())
        );
    }
    assert_eq!(Target::parse("Name"), None);
}

#[test]
#[rustfmt::skip]
fn finnish_and_english_headers() {
    use Target::*;
    let cases: &[(&str, Target)] = &[
        ("Hankkeen nimi", Name), ("Hanke", Name), ("Nimi", Name), ("Project name", Name),
        ("Name", Name), ("Kuvaus", Summary), ("Tiivistelmä", Summary), ("Summary", Summary),
        ("Description", Summary), ("Tavoitteet", Goals), ("Goals", Goals), ("Tila", Status),
        ("Status", Status), ("Alkaa", Start), ("Alkupäivä", Start), ("Aloitus", Start),
        ("Start", Start), ("Start date", Start), ("Päättyy", End), ("Loppupäivä", End),
        ("Päättymispäivä", End), ("End", End), ("End date", End), ("Budjetti (€)", Budget),
        ("Kokonaisbudjetti", Budget), ("Budget", Budget), ("Budjetti €", Budget),
        ("Rahoitus", Funding), ("Rahoittaja", Funding), ("Rahoituslähde", Funding),
        ("Funding", Funding), ("Rahoittajat", Funders), ("Funders", Funders),
        ("Toteuttaja", Lead), ("Päätoteuttaja", Lead), ("Vastuutaho", Lead),
        ("Hallinnoija", Lead), ("Lead", Lead), ("Lead organisation", Lead),
        ("Y-tunnus", LeadBusinessId), ("Toteuttajan y-tunnus", LeadBusinessId),
        ("Business ID", LeadBusinessId), ("Kumppanit", Partners), ("Osatoteuttajat", Partners),
        ("Yhteistyökumppanit", Partners), ("Partners", Partners), ("Teemat", Themes),
        ("Teema", Themes), ("Themes", Themes), ("Yhteyshenkilö", ContactName),
        ("Contact", ContactName), ("Sähköposti", ContactEmail), ("Email", ContactEmail),
        ("E-mail", ContactEmail), ("Verkkosivu", Website), ("Kotisivu", Website),
        ("Website", Website), ("URL", Website), ("  HANKKEEN   NIMI: ", Name),
        ("Hankkeen tila", Status), ("Project start date", Start), ("Muistiinpanot", Ignore),
        ("", Ignore), ("Hankkeen", Ignore),
    ];
    for (header, target) in cases {
        assert_eq!(guess(header), *target, "{header}");
    }
}

#[test]
fn a_target_is_guessed_once() {
    let headers: Vec<String> = ["Nimi", "Hanke", "Kommentti", "Muu", "Tila", "Status"]
        .map(String::from)
        .to_vec();
    use Target::*;
    assert_eq!(
        guess_all(&headers),
        vec![Name, Ignore, Ignore, Ignore, Status, Ignore]
    );
}

#[test]
fn status_words() {
    assert_eq!(status_value("Käynnissä"), Some("active"));
    assert_eq!(status_value(" ongoing "), Some("active"));
    assert_eq!(status_value("Suunnitteilla"), Some("planned"));
    assert_eq!(status_value("planned"), Some("planned"));
    assert_eq!(status_value("VALMIS"), Some("ended"));
    assert_eq!(status_value("Päättynyt"), Some("ended"));
    assert_eq!(status_value("completed"), Some("ended"));
    assert_eq!(status_value("ehkä"), None);
    assert_eq!(status_value(""), None);
}
