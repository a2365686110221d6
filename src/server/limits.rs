//! Rate limits on the server functions that guess-and-try attacks use (login, registration,
//! invitations), per client IP address, with the `governor` crate's GCRA limiter — the
//! engine behind tower_governor, used directly so it applies to exactly these endpoints
//! of the one server-function route. Per-account backoff after failed logins is the other
//! half (`store::accounts::login_failed`).

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

/// The limiters of one running app.
#[derive(Clone, Debug)]
pub struct Limits {
    login: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    register: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

fn quota(per_minute: u32, burst: u32) -> Quota {
    let n = |x: u32| NonZeroU32::new(x.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(n(per_minute)).allow_burst(n(burst))
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            // 10 at once, then one every 6 s
            login: Arc::new(RateLimiter::keyed(quota(10, 10))),
            // 5 at once, then one a minute
            register: Arc::new(RateLimiter::keyed(quota(1, 5))),
        }
    }
}

impl Limits {
    /// Whether a call of server function `name` from `peer` may go ahead now. A request
    /// without a peer address did not come over the network (the server always records
    /// it): in-process callers such as tests are not limited.
    pub fn allow(&self, name: &str, peer: Option<SocketAddr>) -> bool {
        let Some(ip) = peer.map(|p| p.ip()) else {
            return true;
        };
        let limiter = match name {
            "login" | "accept_invitation" | "reset_password" => &self.login,
            "register" | "request_password_reset" => &self.register,
            _ => return true,
        };
        let ok = limiter.check_key(&ip).is_ok();
        if limiter.len() > 100_000 {
            limiter.retain_recent();
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_attempts_are_limited_per_address() {
        let limits = Limits::default();
        let a: SocketAddr = "192.0.2.1:5000".parse().unwrap();
        let b: SocketAddr = "192.0.2.2:5000".parse().unwrap();
        for _ in 0..10 {
            assert!(limits.allow("login", Some(a)));
        }
        assert!(
            !limits.allow("login", Some(a)),
            "the 11th at once is refused"
        );
        assert!(limits.allow("login", Some(b)), "another address is not");
        assert!(
            limits.allow("get_portfolio", Some(a)),
            "other functions are not limited"
        );
        assert!(
            limits.allow("login", None),
            "in-process calls are not limited"
        );
        for _ in 0..5 {
            assert!(limits.allow("register", Some(b)));
        }
        assert!(!limits.allow("register", Some(b)));
    }
}
