//! Texts of accounts: sign-in, registration, passwords, the account and organisation pages,
//! invitations, the privacy notice, and the mail the server sends — in Finnish and English.

use super::Texts;
use crate::model::{Field, OrgKind, Role};

/// The audit log's event codes, in the order of [`AccountTexts::events`].
const EVENTS: [&str; 14] = [
    "register",
    "login",
    "login_failed",
    "login_locked",
    "logout",
    "password_changed",
    "password_change_failed",
    "password_reset_requested",
    "password_reset",
    "role_changed",
    "member_removed",
    "invited",
    "invitation_accepted",
    "export",
];

pub struct AccountTexts {
    // field labels
    pub org_name: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub new_password: &'static str,
    // problems and errors
    pub problem_password_short: fn(usize) -> String,
    pub problem_password_common: &'static str,
    pub problem_login_failed: &'static str,
    pub problem_wrong_password: &'static str,
    pub problem_link_expired: &'static str,
    pub error_unauthenticated: &'static str,
    pub error_rate_limited: &'static str,
    // what the server writes
    pub first_portfolio: fn(&str) -> String,
    pub reset_mail_subject: &'static str,
    /// (name, link)
    pub reset_mail_body: fn(&str, &str) -> String,
    /// (organisation)
    pub invite_mail_subject: fn(&str) -> String,
    /// (inviter, organisation, link)
    pub invite_mail_body: fn(&str, &str, &str) -> String,
    // the header, the footer and what the forms share
    pub account_nav: &'static str,
    pub sign_in: &'static str,
    pub sign_out: &'static str,
    pub form_problems: &'static str,
    pub your_name: &'static str,
    pub org_kind: &'static str,
    /// In the order of `OrgKind::ALL`.
    org_kinds: [&'static str; 3],
    pub role: &'static str,
    /// In the order of `Role::ALL`.
    roles: [&'static str; 3],
    pub email_in_use: &'static str,
    /// (minimum length)
    pub password_hint: fn(usize) -> String,
    // signing in
    pub login_title: &'static str,
    pub forgot_password: &'static str,
    pub no_account: &'static str,
    pub register_link: &'static str,
    pub reset_done: &'static str,
    // registering
    pub register_title: &'static str,
    pub register_intro: &'static str,
    pub org_legend: &'static str,
    pub you_legend: &'static str,
    pub privacy_note: &'static str,
    pub register_button: &'static str,
    pub have_account: &'static str,
    // a new password by e-mail
    pub reset_title: &'static str,
    pub reset_intro: &'static str,
    pub send_link: &'static str,
    pub reset_sent: &'static str,
    pub new_password_title: &'static str,
    pub new_password_intro: &'static str,
    pub save_password: &'static str,
    pub request_new_link: &'static str,
    pub back_to_login: &'static str,
    // the account page
    pub account_title: &'static str,
    pub about_you: &'static str,
    pub current_org: &'static str,
    pub no_org: &'static str,
    pub memberships_heading: &'static str,
    pub current_marker: &'static str,
    /// (organisation)
    pub switch_to: fn(&str) -> String,
    pub password_heading: &'static str,
    pub current_password: &'static str,
    pub change_password: &'static str,
    pub password_changed: &'static str,
    pub manage_people: &'static str,
    // the organisation page
    pub org_title: &'static str,
    /// (organisation)
    pub org_lead: fn(&str) -> String,
    pub members_heading: &'static str,
    pub members_caption: &'static str,
    pub col_person: &'static str,
    pub col_manage: &'static str,
    pub you_marker: &'static str,
    /// The label of a member's role select: (name)
    pub role_of: fn(&str) -> String,
    /// The accessible name of a member's save button: (name)
    pub save_role_of: fn(&str) -> String,
    pub remove: &'static str,
    /// The accessible name of a member's remove button: (name)
    pub remove_of: fn(&str) -> String,
    pub last_admin: &'static str,
    pub invite_heading: &'static str,
    pub invite_intro: &'static str,
    pub invite_button: &'static str,
    pub invite_created: &'static str,
    pub invite_link: &'static str,
    pub audit_heading: &'static str,
    pub audit_caption: &'static str,
    pub no_audit: &'static str,
    pub col_time: &'static str,
    pub col_who: &'static str,
    pub col_event: &'static str,
    pub col_detail: &'static str,
    /// In the order of `EVENTS`.
    events: [&'static str; 14],
    // accepting an invitation
    pub invitation_title: &'static str,
    /// (organisation, role)
    pub invited_to: fn(&str, &str) -> String,
    /// (e-mail)
    pub invited_email: fn(&str) -> String,
    /// (name)
    pub signed_in_as: fn(&str) -> String,
    pub accept_new_intro: &'static str,
    pub accept_button: &'static str,
    pub sign_in_first: &'static str,
    pub invitation_invalid: &'static str,
    // the privacy notice
    pub privacy_title: &'static str,
    pub privacy_intro: &'static str,
    /// (heading, paragraphs separated by blank lines)
    pub privacy_sections: [(&'static str, &'static str); 8],
}

impl AccountTexts {
    pub fn role_name(&self, r: Role) -> &'static str {
        self.roles[Role::ALL.iter().position(|x| *x == r).unwrap_or(0)]
    }

    pub fn org_kind_name(&self, k: OrgKind) -> &'static str {
        self.org_kinds[OrgKind::ALL.iter().position(|x| *x == k).unwrap_or(0)]
    }

    /// An audit log event, translated; an unknown code is shown as it is.
    pub fn event<'a>(&self, code: &'a str) -> &'a str {
        EVENTS
            .iter()
            .position(|k| *k == code)
            .map(|i| self.events[i])
            .unwrap_or(code)
    }

    /// A field's label in the account forms (their names and e-mails are people's, not
    /// projects').
    pub fn label(&self, t: &Texts, f: Field) -> &'static str {
        match f {
            Field::OrgName => self.org_name,
            Field::Kind => self.org_kind,
            Field::Name => self.your_name,
            Field::Email => self.email,
            Field::Password => self.password,
            Field::NewPassword => self.new_password,
            Field::Role => self.role,
            f => t.field(f),
        }
    }
}

pub static FI: AccountTexts = AccountTexts {
    org_name: "Organisaation nimi",
    email: "Sähköposti",
    password: "Salasana",
    new_password: "Uusi salasana",
    problem_password_short: |min| format!("Salasanassa on oltava vähintään {min} merkkiä."),
    problem_password_common: "Salasana on liian helppo arvata: se on yleinen, liian yksinkertainen tai sisältää nimesi tai organisaatiosi. Kokeile useamman sanan lausetta.",
    problem_login_failed: "Sähköposti tai salasana on väärin.",
    problem_wrong_password: "Nykyinen salasana on väärin.",
    problem_link_expired: "Linkki on vanhentunut tai jo käytetty. Pyydä uusi.",
    error_unauthenticated: "Kirjaudu sisään jatkaaksesi.",
    error_rate_limited: "Liian monta yritystä lyhyessä ajassa. Odota hetki ja yritä uudelleen.",
    first_portfolio: |org| format!("{org}: kehittämishankkeet"),
    reset_mail_subject: "Hankekartta: uusi salasana",
    reset_mail_body: |name, link| format!(
        "Hei {name},\n\nvoit asettaa Hankekarttaan uuden salasanan tästä linkistä tunnin ajan:\n{link}\n\nJos et pyytänyt uutta salasanaa, voit jättää viestin huomiotta."
    ),
    invite_mail_subject: |org| format!("Kutsu Hankekarttaan: {org}"),
    invite_mail_body: |who, org, link| format!(
        "Hei,\n\n{who} kutsui sinut organisaation {org} Hankekarttaan. Liity tästä linkistä seitsemän päivän kuluessa:\n{link}"
    ),
    account_nav: "Käyttäjätili",
    sign_in: "Kirjaudu sisään",
    sign_out: "Kirjaudu ulos",
    form_problems: "Lomaketta ei voitu lähettää:",
    your_name: "Nimesi",
    org_kind: "Organisaation tyyppi",
    org_kinds: ["Kunta", "Kaupunki", "Maakunta tai muu alue"],
    role: "Rooli",
    roles: ["Ylläpitäjä", "Muokkaaja", "Katselija"],
    email_in_use: "Tällä sähköpostiosoitteella on jo tunnus. Kirjaudu ensin sisään.",
    password_hint: |min| format!(
        "Vähintään {min} merkkiä. Hyvä salasana on usean sanan lause, jota muut eivät arvaa."
    ),
    login_title: "Kirjaudu sisään",
    forgot_password: "Unohditko salasanasi?",
    no_account: "Eikö organisaatiollasi ole vielä Hankekarttaa?",
    register_link: "Rekisteröi organisaatio",
    reset_done: "Salasana on vaihdettu. Kirjaudu sisään uudella salasanalla.",
    register_title: "Rekisteröi organisaatio",
    register_intro: "Luo organisaatiollesi oma Hankekartta. Sinusta tulee sen ensimmäinen ylläpitäjä, ja voit sen jälkeen kutsua muut mukaan.",
    org_legend: "Organisaatio",
    you_legend: "Sinä, organisaation ylläpitäjä",
    privacy_note: "Tietojesi käsittelystä kerrotaan tietosuojaselosteessa:",
    register_button: "Rekisteröi organisaatio",
    have_account: "Onko sinulla jo tunnus?",
    reset_title: "Unohtunut salasana",
    reset_intro: "Kirjoita tunnuksesi sähköpostiosoite. Lähetämme siihen linkin, jolla voit asettaa uuden salasanan. Linkki on voimassa tunnin.",
    send_link: "Lähetä linkki",
    reset_sent: "Jos osoitteella on tunnus, siihen lähetettiin linkki uuden salasanan asettamiseen. Tässä asennuksessa linkki kirjoitetaan palvelimen lokiin.",
    new_password_title: "Aseta uusi salasana",
    new_password_intro: "Kirjoita uusi salasana. Kaikki avoimet istuntosi päättyvät, ja kirjaudut sen jälkeen sisään uudella salasanalla.",
    save_password: "Tallenna uusi salasana",
    request_new_link: "Pyydä uusi linkki",
    back_to_login: "Takaisin kirjautumiseen",
    account_title: "Oma tili",
    about_you: "Tietosi",
    current_org: "Organisaatio",
    no_org: "Et ole vielä minkään organisaation jäsen.",
    memberships_heading: "Organisaatiosi",
    current_marker: "(käytössä nyt)",
    switch_to: |org| format!("Siirry organisaatioon {org}"),
    password_heading: "Vaihda salasana",
    current_password: "Nykyinen salasana",
    change_password: "Vaihda salasana",
    password_changed: "Salasana on vaihdettu. Muut istuntosi on kirjattu ulos.",
    manage_people: "Organisaation käyttäjät ja tietoturvaloki",
    org_title: "Organisaation käyttäjät",
    org_lead: |org| format!("Organisaation {org} jäsenet ja roolit, kutsut ja tietoturvaloki."),
    members_heading: "Jäsenet",
    members_caption: "Organisaation jäsenet",
    col_person: "Nimi",
    col_manage: "Poisto",
    you_marker: "sinä",
    role_of: |name| format!("Käyttäjän {name} rooli"),
    save_role_of: |name| format!("Tallenna käyttäjän {name} rooli"),
    remove: "Poista",
    remove_of: |name| format!("Poista {name} organisaatiosta"),
    last_admin: "Organisaatiossa on oltava vähintään yksi ylläpitäjä.",
    invite_heading: "Kutsu käyttäjä",
    invite_intro: "Kutsu lähetetään sähköpostilla, ja kutsulinkki on voimassa seitsemän päivää. Voit myös kopioida linkin ja välittää sen itse.",
    invite_button: "Luo kutsu",
    invite_created: "Kutsu on luotu. Kopioi linkki ja välitä se kutsutulle, jos sähköposti ei tavoita häntä.",
    invite_link: "Kutsulinkki",
    audit_heading: "Tietoturvaloki",
    audit_caption: "Tietoturvatapahtumat, uusin ensin",
    no_audit: "Lokissa ei ole vielä tapahtumia.",
    col_time: "Aika (UTC)",
    col_who: "Kuka",
    col_event: "Tapahtuma",
    col_detail: "Lisätieto",
    events: [
        "Rekisteröityminen",
        "Kirjautuminen",
        "Epäonnistunut kirjautuminen",
        "Kirjautuminen estetty hetkeksi",
        "Uloskirjautuminen",
        "Salasana vaihdettu",
        "Salasanan vaihto epäonnistui",
        "Uutta salasanaa pyydetty",
        "Uusi salasana asetettu",
        "Rooli muutettu",
        "Jäsen poistettu",
        "Kutsu lähetetty",
        "Kutsu hyväksytty",
        "Tietojen vienti",
    ],
    invitation_title: "Kutsu Hankekarttaan",
    invited_to: |org, role| format!("Sinut on kutsuttu organisaation {org} Hankekarttaan. Roolisi on {role}."),
    invited_email: |email| format!("Kutsu on lähetetty osoitteeseen {email}."),
    signed_in_as: |name| format!("Olet kirjautunut sisään nimellä {name}. Liity organisaatioon tällä tunnuksella."),
    accept_new_intro: "Luo tunnus: kirjoita nimesi ja valitse salasana.",
    accept_button: "Hyväksy kutsu",
    sign_in_first: "Onko sinulla jo tunnus? Kirjaudu ensin sisään",
    invitation_invalid: "Kutsu ei ole voimassa",
    privacy_title: "Tietosuojaseloste",
    privacy_intro: "Tässä selosteessa kerrotaan, mitä henkilötietoja Hankekartta käsittelee, miksi ja kuinka kauan, sekä mitkä oikeudet sinulla on (EU:n yleinen tietosuoja-asetus, artiklat 13 ja 14).",
    privacy_sections: [
        (
            "Rekisterinpitäjä",
            "Rekisterinpitäjä on organisaatio (kunta, kaupunki tai alue), joka käyttää Hankekarttaa ja jonka jäsenenä käytät palvelua. Organisaatio päättää, keitä palveluun kutsutaan ja mitä hanketietoja siihen tallennetaan.\n\nPalvelun asennuksen ylläpitäjä käsittelee tietoja organisaation lukuun. Tietosuoja-asioissa ota yhteyttä oman organisaatiosi Hankekartan ylläpitäjään tai organisaatiosi tietosuojavastaavaan.",
        ),
        (
            "Mitä tietoja käsitellään",
            "Käyttäjätunnuksesta: nimi, sähköpostiosoite ja salasanan tiiviste (Argon2id). Salasanaa itseään ei tallenneta, eikä sitä voi selvittää tiivisteestä. Lisäksi tallennetaan organisaatiot, joiden jäsen olet, ja roolisi niissä.\n\nIstunnoista: satunnainen istuntotunniste tiivisteenä, istunnon alkamis- ja viimeisin käyttöaika sekä organisaatio, jossa toimit.\n\nTietoturvalokiin: kirjautumiset ja uloskirjautumiset, epäonnistuneet kirjautumisyritykset (myös annettu sähköpostiosoite), salasanan vaihdot ja palautukset, roolimuutokset, jäsenten poistot, kutsut ja tietojen viennit, kukin aikoineen ja tekijöineen. Kirjautumisyritysten määrää rajoitetaan IP-osoitteen mukaan palvelimen muistissa; jos raja ylittyy, IP-osoite kirjataan palvelimen lokiin.\n\nHanketiedoista: hankkeiden yhteyshenkilöiden nimet ja sähköpostiosoitteet, jotka organisaatio itse tallentaa, sekä muutoshistoriassa muutoksen tekijän nimi.",
        ),
        (
            "Käsittelyn tarkoitukset ja peruste",
            "Tietoja käsitellään, jotta voit kirjautua palveluun ja työskennellä organisaatiosi hankesalkussa roolisi mukaisin oikeuksin, jotta organisaatio voi hallita käyttäjiään, ja jotta palvelun tietoturva voidaan varmistaa ja väärinkäytökset havaita. Yhteyshenkilötietoja käsitellään, jotta organisaatio voi koordinoida kehittämistyötään ja ottaa yhteyttä hankkeisiin.\n\nKäsittelyn peruste on rekisterinpitäjän yleisen edun mukaisen tehtävän hoitaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta). Organisaatio voi tarkentaa perustetta omassa selosteessaan.",
        ),
        (
            "Säilytysajat",
            "Istunto päättyy, kun kirjaudut ulos, kun palvelua ei ole käytetty neljään tuntiin tai viimeistään 12 tunnin kuluttua kirjautumisesta. Salasanan palautuslinkki on voimassa tunnin ja kutsulinkki seitsemän päivää, ja kumpikin toimii vain kerran.\n\nKäyttäjätunnuksen tiedot säilyvät, kunnes tunnus poistetaan. Tietoturvaloki säilytetään organisaatiolle, jotta se voi selvittää tietoturvatapahtumia; organisaation ylläpitäjä näkee lokin uusimmat tapahtumat. Yhteyshenkilötiedot säilyvät, kunnes organisaatio muuttaa tai poistaa ne.",
        ),
        (
            "Luovutukset ja seuranta",
            "Tietoja ei luovuteta eikä myydä kolmansille osapuolille, eikä palvelu siirrä niitä EU:n tai ETA:n ulkopuolelle. Kutsut ja salasanan palautuslinkit lähetetään sähköpostilla.\n\nPalvelussa ei ole kolmansien osapuolten seurantaa, analytiikkaa eikä mainoksia, eikä se lataa skriptejä, fontteja tai muuta sisältöä muilta palvelimilta.",
        ),
        (
            "Evästeet",
            "Palvelu käyttää vain kahta evästettä. Molemmat ovat palvelun toiminnalle välttämättömiä, joten niihin ei pyydetä suostumusta.\n\nhk_session (salatulla yhteydellä __Host-hk_session) pitää sinut kirjautuneena. Se sisältää vain satunnaisen tunnisteen, sivun skriptit eivät voi lukea sitä, ja se poistuu, kun kirjaudut ulos tai suljet selaimen.\n\nhk_lang muistaa valitsemasi kielen vuoden ajan.",
        ),
        (
            "Oikeutesi",
            "Sinulla on oikeus saada pääsy tietoihisi, oikaista virheelliset tiedot ja pyytää tietojesi poistamista sekä oikeus vastustaa käsittelyä tai pyytää sen rajoittamista tietosuoja-asetuksen mukaisesti.\n\nOmalla tililläsi näet nimesi, sähköpostiosoitteesi, organisaatiosi ja roolisi, ja voit vaihtaa salasanasi. Muissa pyynnöissä käänny organisaatiosi ylläpitäjän puoleen: ylläpitäjä voi poistaa käyttäjän organisaatiosta sekä viedä hankkeiden yhteyshenkilötiedot ja poistaa ne.\n\nJos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojavaltuutetun toimistolle (tietosuoja.fi).",
        ),
        (
            "Tietoturva",
            "Tuotantokäytössä yhteys palveluun on salattu (HTTPS). Salasanat sekä istunto- ja linkkitunnisteet tallennetaan vain tiivisteinä, ja toistuvat väärät kirjautumisyritykset hidastetaan. Kukin organisaatio näkee vain omat tietonsa, ja oikeudet määräytyvät roolin mukaan: ylläpitäjä, muokkaaja tai katselija.",
        ),
    ],
};

pub static EN: AccountTexts = AccountTexts {
    org_name: "Organisation name",
    email: "Email",
    password: "Password",
    new_password: "New password",
    problem_password_short: |min| format!("The password must have at least {min} characters."),
    problem_password_common: "The password is too easy to guess: it is common, too simple or contains your name or organisation. Try a sentence of several words.",
    problem_login_failed: "The email or password is wrong.",
    problem_wrong_password: "The current password is wrong.",
    problem_link_expired: "The link has expired or has already been used. Ask for a new one.",
    error_unauthenticated: "Sign in to continue.",
    error_rate_limited: "Too many attempts in a short time. Wait a moment and try again.",
    first_portfolio: |org| format!("{org}: development projects"),
    reset_mail_subject: "Hankekartta: new password",
    reset_mail_body: |name, link| format!(
        "Hello {name},\n\nyou can set a new Hankekartta password with this link for one hour:\n{link}\n\nIf you did not ask for a new password, you can ignore this message."
    ),
    invite_mail_subject: |org| format!("Invitation to Hankekartta: {org}"),
    invite_mail_body: |who, org, link| format!(
        "Hello,\n\n{who} invited you to the Hankekartta of {org}. Join with this link within seven days:\n{link}"
    ),
    account_nav: "Account",
    sign_in: "Sign in",
    sign_out: "Sign out",
    form_problems: "The form could not be sent:",
    your_name: "Your name",
    org_kind: "Type of organisation",
    org_kinds: ["Municipality", "City", "Region"],
    role: "Role",
    roles: ["Administrator", "Editor", "Viewer"],
    email_in_use: "This email address already has an account. Sign in first.",
    password_hint: |min| format!(
        "At least {min} characters. A sentence of several words that others would not guess makes a good password."
    ),
    login_title: "Sign in",
    forgot_password: "Forgot your password?",
    no_account: "Does your organisation not have Hankekartta yet?",
    register_link: "Register an organisation",
    reset_done: "Your password has been changed. Sign in with the new password.",
    register_title: "Register an organisation",
    register_intro: "Create a Hankekartta of your own for your organisation. You will be its first administrator and can then invite others.",
    org_legend: "Organisation",
    you_legend: "You, the organisation's administrator",
    privacy_note: "How your data is processed is explained in the privacy notice:",
    register_button: "Register the organisation",
    have_account: "Do you already have an account?",
    reset_title: "Forgotten password",
    reset_intro: "Enter the email address of your account. We will send it a link for setting a new password. The link is valid for one hour.",
    send_link: "Send the link",
    reset_sent: "If the address has an account, a link for setting a new password was sent to it. In this installation the link is written to the server log.",
    new_password_title: "Set a new password",
    new_password_intro: "Enter a new password. All your open sessions end, and you then sign in with the new password.",
    save_password: "Save the new password",
    request_new_link: "Ask for a new link",
    back_to_login: "Back to signing in",
    account_title: "Your account",
    about_you: "About you",
    current_org: "Organisation",
    no_org: "You are not a member of any organisation yet.",
    memberships_heading: "Your organisations",
    current_marker: "(in use now)",
    switch_to: |org| format!("Switch to {org}"),
    password_heading: "Change your password",
    current_password: "Current password",
    change_password: "Change the password",
    password_changed: "Your password has been changed. Your other sessions have been signed out.",
    manage_people: "The organisation's people and security log",
    org_title: "People of the organisation",
    org_lead: |org| format!("The members and roles of {org}, invitations and the security log."),
    members_heading: "Members",
    members_caption: "Members of the organisation",
    col_person: "Name",
    col_manage: "Removal",
    you_marker: "you",
    role_of: |name| format!("Role of {name}"),
    save_role_of: |name| format!("Save the role of {name}"),
    remove: "Remove",
    remove_of: |name| format!("Remove {name} from the organisation"),
    last_admin: "The organisation must have at least one administrator.",
    invite_heading: "Invite a person",
    invite_intro: "The invitation is sent by email, and its link is valid for seven days. You can also copy the link and pass it on yourself.",
    invite_button: "Create the invitation",
    invite_created: "The invitation has been created. Copy the link and pass it on if the email does not reach the person.",
    invite_link: "Invitation link",
    audit_heading: "Security log",
    audit_caption: "Security events, newest first",
    no_audit: "The log has no events yet.",
    col_time: "Time (UTC)",
    col_who: "Who",
    col_event: "Event",
    col_detail: "Detail",
    events: [
        "Registration",
        "Sign-in",
        "Failed sign-in",
        "Sign-in blocked for a while",
        "Sign-out",
        "Password changed",
        "Password change failed",
        "New password requested",
        "New password set",
        "Role changed",
        "Member removed",
        "Invitation sent",
        "Invitation accepted",
        "Data export",
    ],
    invitation_title: "Invitation to Hankekartta",
    invited_to: |org, role| format!("You are invited to the Hankekartta of {org}. Your role will be: {role}."),
    invited_email: |email| format!("The invitation was sent to {email}."),
    signed_in_as: |name| format!("You are signed in as {name}. Join the organisation with this account."),
    accept_new_intro: "Create your account: enter your name and choose a password.",
    accept_button: "Accept the invitation",
    sign_in_first: "Do you already have an account? Sign in first",
    invitation_invalid: "The invitation is not valid",
    privacy_title: "Privacy notice",
    privacy_intro: "This notice explains which personal data Hankekartta processes, why and for how long, and what your rights are (EU General Data Protection Regulation, Articles 13 and 14).",
    privacy_sections: [
        (
            "Controller",
            "The controller is the organisation (municipality, city or region) that uses Hankekartta and as whose member you use the service. The organisation decides whom it invites and which project data it stores.\n\nThe operator of this installation processes the data on behalf of the organisation. For data protection matters, contact the Hankekartta administrator of your organisation or your organisation's data protection officer.",
        ),
        (
            "What is processed",
            "Of your account: your name, email address and a hash of your password (Argon2id). The password itself is not stored and cannot be recovered from the hash. Also stored are the organisations you are a member of and your role in each.\n\nOf sessions: a random session identifier as a hash, when the session began and was last used, and the organisation you act in.\n\nIn the security log: sign-ins and sign-outs, failed sign-in attempts (including the email address entered), password changes and resets, role changes, removed members, invitations and data exports, each with its time and who did it. Sign-in attempts are limited per IP address in the server's memory; if the limit is exceeded, the IP address is written to the server log.\n\nOf project data: the names and email addresses of projects' contact persons, which the organisation itself enters, and in the change history the name of whoever made a change.",
        ),
        (
            "Purposes and legal basis",
            "The data is processed so that you can sign in and work in your organisation's portfolio with the rights of your role, so that the organisation can manage its people, and so that the service can be kept secure and misuse detected. Contact persons are processed so that the organisation can coordinate its development work and contact projects.\n\nThe legal basis is the performance of a task carried out in the public interest by the controller (GDPR Article 6(1)(e)). The organisation may specify the basis in its own notice.",
        ),
        (
            "Retention",
            "A session ends when you sign out, after four hours without use, or at the latest 12 hours after signing in. A password reset link is valid for one hour and an invitation link for seven days, and each works only once.\n\nAccount data is kept until the account is deleted. The security log is kept for the organisation so that it can investigate security events; the organisation's administrators see its latest events. Contact persons are kept until the organisation changes or removes them.",
        ),
        (
            "Disclosure and tracking",
            "The data is not disclosed or sold to third parties, and the service does not transfer it outside the EU or EEA. Invitations and password reset links are sent by email.\n\nThe service has no third-party tracking, analytics or advertising, and it loads no scripts, fonts or other content from other servers.",
        ),
        (
            "Cookies",
            "The service uses only two cookies. Both are strictly necessary for the service to work, so no consent is asked for them.\n\nhk_session (__Host-hk_session over an encrypted connection) keeps you signed in. It holds only a random identifier, the page's scripts cannot read it, and it is removed when you sign out or close the browser.\n\nhk_lang remembers the language you chose for a year.",
        ),
        (
            "Your rights",
            "You have the right to access your data, to have wrong data rectified and to ask for your data to be erased, and the right to object to processing or ask for it to be restricted, as the GDPR provides.\n\nYour account page shows your name, email address, organisations and roles, and there you can change your password. For other requests, turn to your organisation's administrator: an administrator can remove a person from the organisation, and export and erase the contact persons of projects.\n\nIf you consider that your data is processed unlawfully, you can lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi).",
        ),
        (
            "Security",
            "In production the connection to the service is encrypted (HTTPS). Passwords and session and link identifiers are stored only as hashes, and repeated wrong sign-in attempts are slowed down. Each organisation sees only its own data, and rights follow the role: administrator, editor or viewer.",
        ),
    ],
};
