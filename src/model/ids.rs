//! Typed identifiers, so that a project ID can never be passed where an actor ID is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// An organisation (tenant).
    OrgId,
    /// A portfolio of an organisation.
    PortfolioId,
    /// A project.
    ProjectId,
    /// An actor.
    ActorId,
    /// A theme.
    ThemeId,
    /// An action of the action plan.
    ActionId,
);
