//! Resolving actor and theme names in an import to what exists or what the import will
//! create. Actors match by Y-tunnus first, then by name (case- and spacing-insensitive);
//! new actors and themes are created once however many rows name them.

use super::{ActorRef, Existing, NewActor, ProblemCode, ThemeRef};
use crate::transfer::values::parse_business_id;
use std::collections::HashMap;

/// The matching key of a name: lowercase, inner whitespace collapsed.
pub(super) fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Lookup tables over the existing data plus what the import adds.
pub(super) struct Refs {
    actor_by_bid: HashMap<String, ActorRef>,
    actor_by_name: HashMap<String, ActorRef>,
    /// The Y-tunnus of each actor reachable by name, to detect a conflicting one.
    bid_of: HashMap<ActorRef, Option<String>>,
    theme_by_name: HashMap<String, ThemeRef>,
    pub(super) new_actors: Vec<NewActor>,
    pub(super) new_themes: Vec<String>,
}

impl Refs {
    pub(super) fn new(existing: &Existing) -> Refs {
        let mut refs = Refs {
            actor_by_bid: HashMap::new(),
            actor_by_name: HashMap::new(),
            bid_of: HashMap::new(),
            theme_by_name: HashMap::new(),
            new_actors: Vec::new(),
            new_themes: Vec::new(),
        };
        for a in &existing.actors {
            let r = ActorRef::Existing(a.id);
            let bid = a
                .business_id
                .as_deref()
                .map(|b| parse_business_id(b).unwrap_or(b.trim().to_string()));
            if let Some(b) = &bid {
                refs.actor_by_bid.entry(b.clone()).or_insert(r);
            }
            refs.actor_by_name.entry(key(&a.name)).or_insert(r);
            refs.bid_of.insert(r, bid);
        }
        for (id, name) in &existing.themes {
            refs.theme_by_name
                .entry(key(name))
                .or_insert(ThemeRef::Existing(*id));
        }
        refs
    }

    /// An actor by name: an existing one, one this import already creates, or a new one.
    pub(super) fn actor(&mut self, name: &str) -> ActorRef {
        if let Some(r) = self.actor_by_name.get(&key(name)) {
            return *r;
        }
        self.add_actor(name, None)
    }

    /// The lead organisation from its name and/or Y-tunnus (already validated and in
    /// canonical form). The Y-tunnus wins over the name; a name whose actor has another
    /// Y-tunnus is a conflict; a new actor needs a name.
    pub(super) fn lead(
        &mut self,
        name: Option<&str>,
        bid: Option<&str>,
    ) -> Result<Option<ActorRef>, ProblemCode> {
        let Some(bid) = bid else {
            return Ok(name.map(|n| self.actor(n)));
        };
        if let Some(r) = self.actor_by_bid.get(bid) {
            return Ok(Some(*r));
        }
        let Some(name) = name else {
            return Err(ProblemCode::MissingLeadName);
        };
        match self.actor_by_name.get(&key(name)).copied() {
            Some(r) => match self.bid_of.get(&r).cloned().flatten() {
                Some(other) if other != bid => Err(ProblemCode::BusinessIdConflict),
                Some(_) => Ok(Some(r)),
                None => {
                    // A new actor first named without a Y-tunnus gets it now; an existing
                    // one is matched by name and keeps its record as it is.
                    if let ActorRef::New(i) = r {
                        self.new_actors[i].business_id = Some(bid.to_string());
                        self.bid_of.insert(r, Some(bid.to_string()));
                    }
                    self.actor_by_bid.insert(bid.to_string(), r);
                    Ok(Some(r))
                }
            },
            None => Ok(Some(self.add_actor(name, Some(bid)))),
        }
    }

    fn add_actor(&mut self, name: &str, bid: Option<&str>) -> ActorRef {
        let r = ActorRef::New(self.new_actors.len());
        self.new_actors.push(NewActor {
            name: name.to_string(),
            business_id: bid.map(str::to_string),
        });
        self.actor_by_name.insert(key(name), r);
        if let Some(b) = bid {
            self.actor_by_bid.insert(b.to_string(), r);
        }
        self.bid_of.insert(r, bid.map(str::to_string));
        r
    }

    /// A theme by name: an existing one or one this import creates.
    pub(super) fn theme(&mut self, name: &str) -> ThemeRef {
        let next = ThemeRef::New(self.new_themes.len());
        let r = *self.theme_by_name.entry(key(name)).or_insert(next);
        if r == next {
            self.new_themes.push(name.to_string());
        }
        r
    }
}
