//! Sending mail (invitations, password resets) behind one interface. The default writes the
//! message to the server log, which is what development and the demo need; a deployment
//! implements [`Mailer`] over SMTP and puts it into `AppState::mailer`.

use std::sync::{Arc, Mutex};

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub trait Mailer: Send + Sync + std::fmt::Debug {
    fn send(&self, mail: Mail);
}

/// Writes each message to the log (at `info`), links included.
#[derive(Debug, Default)]
pub struct LogMailer;

impl Mailer for LogMailer {
    fn send(&self, mail: Mail) {
        tracing::info!(to = %mail.to, subject = %mail.subject, "mail:\n{}", mail.body);
    }
}

/// Keeps messages in memory, for tests that follow the links.
#[derive(Debug, Default, Clone)]
pub struct MemoryMailer(pub Arc<Mutex<Vec<Mail>>>);

impl Mailer for MemoryMailer {
    fn send(&self, mail: Mail) {
        if let Ok(mut sent) = self.0.lock() {
            sent.push(mail);
        }
    }
}

impl MemoryMailer {
    /// The messages sent so far.
    pub fn sent(&self) -> Vec<Mail> {
        self.0.lock().map(|m| m.clone()).unwrap_or_default()
    }
}
