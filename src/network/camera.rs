//! The view transform between world coordinates (the layout's) and screen pixels, and the
//! moves that change it: zoom about the cursor, pan, fit to the nodes. Both axes point the
//! same way (y down); a viewport is `[width, height]` in pixels.

/// Zoom limits, in screen pixels per world unit.
pub const MIN_ZOOM: f32 = 1e-3;
pub const MAX_ZOOM: f32 = 100.0;

/// The world point `(x, y)` is drawn at the viewport's centre, `zoom` pixels per world unit.
/// The moves below keep `zoom` within the limits (and repair it if set out of them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub x: f32,
    pub y: f32,
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            x: 0.0,
            y: 0.0,
            zoom: 1.0,
        }
    }
}

impl Camera {
    pub fn world_to_screen(&self, p: [f32; 2], viewport: [f32; 2]) -> [f32; 2] {
        [
            (p[0] - self.x) * self.zoom + viewport[0] * 0.5,
            (p[1] - self.y) * self.zoom + viewport[1] * 0.5,
        ]
    }

    pub fn screen_to_world(&self, s: [f32; 2], viewport: [f32; 2]) -> [f32; 2] {
        [
            (s[0] - viewport[0] * 0.5) / self.zoom + self.x,
            (s[1] - viewport[1] * 0.5) / self.zoom + self.y,
        ]
    }

    /// The world rectangle in view, as (min, max) corners.
    pub fn visible(&self, viewport: [f32; 2]) -> ([f32; 2], [f32; 2]) {
        (
            self.screen_to_world([0.0, 0.0], viewport),
            self.screen_to_world(viewport, viewport),
        )
    }

    /// Zooms by `factor` (> 1 in), keeping the world point under `screen` where it is; the
    /// zoom stays within [`MIN_ZOOM`, `MAX_ZOOM`].
    pub fn zoom_at(&mut self, screen: [f32; 2], factor: f32, viewport: [f32; 2]) {
        if !(factor.is_finite() && factor > 0.0 && screen.iter().all(|v| v.is_finite())) {
            return;
        }
        self.zoom = clamp_zoom(self.zoom);
        let anchor = self.screen_to_world(screen, viewport);
        self.zoom = clamp_zoom(self.zoom * factor);
        // Solve screen_to_world(screen) == anchor for the centre.
        self.x = anchor[0] - (screen[0] - viewport[0] * 0.5) / self.zoom;
        self.y = anchor[1] - (screen[1] - viewport[1] * 0.5) / self.zoom;
    }

    /// Moves the view so the content follows a drag of `(dx, dy)` screen pixels.
    pub fn pan_by(&mut self, dx: f32, dy: f32) {
        if dx.is_finite() && dy.is_finite() {
            self.zoom = clamp_zoom(self.zoom);
            self.x -= dx / self.zoom;
            self.y -= dy / self.zoom;
        }
    }

    /// Centres the world box `min..max` and zooms so it fills the viewport less `margin`
    /// pixels on every side (as far as the zoom limits allow). A box of no size — a single
    /// node — is centred at the current zoom.
    pub fn fit(&mut self, min: [f32; 2], max: [f32; 2], viewport: [f32; 2], margin: f32) {
        let finite = min
            .iter()
            .chain(&max)
            .chain(&viewport)
            .all(|v| v.is_finite());
        if !finite || max[0] < min[0] || max[1] < min[1] {
            return;
        }
        self.x = min[0] + (max[0] - min[0]) * 0.5;
        self.y = min[1] + (max[1] - min[1]) * 0.5;
        let margin = if margin.is_finite() {
            margin.max(0.0)
        } else {
            0.0
        };
        let room = |size: f32| (size - 2.0 * margin).max(1.0);
        let (w, h) = (max[0] - min[0], max[1] - min[1]);
        let zoom = match (w > 0.0, h > 0.0) {
            (true, true) => (room(viewport[0]) / w).min(room(viewport[1]) / h),
            (true, false) => room(viewport[0]) / w,
            (false, true) => room(viewport[1]) / h,
            (false, false) => self.zoom,
        };
        if zoom.is_finite() {
            self.zoom = clamp_zoom(zoom);
        }
    }
}

fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_nan() {
        1.0
    } else {
        zoom.clamp(MIN_ZOOM, MAX_ZOOM)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: [f32; 2] = [800.0, 600.0];

    fn close(a: [f32; 2], b: [f32; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-3 && (a[1] - b[1]).abs() < 1e-3
    }

    #[test]
    fn centre_maps_to_viewport_centre() {
        let camera = Camera {
            x: 120.0,
            y: -40.0,
            zoom: 2.5,
        };
        assert_eq!(camera.world_to_screen([120.0, -40.0], VIEW), [400.0, 300.0]);
        assert!(close(
            camera.world_to_screen([130.0, -40.0], VIEW),
            [425.0, 300.0]
        ));
    }

    #[test]
    fn conversions_round_trip() {
        let camera = Camera {
            x: -3.0,
            y: 7.5,
            zoom: 0.37,
        };
        for p in [[0.0, 0.0], [123.4, -56.7], [-1000.0, 2000.0]] {
            let back = camera.screen_to_world(camera.world_to_screen(p, VIEW), VIEW);
            assert!((back[0] - p[0]).abs() < 1e-2 && (back[1] - p[1]).abs() < 1e-2);
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let mut camera = Camera {
            x: 10.0,
            y: 20.0,
            zoom: 1.5,
        };
        let cursor = [650.0, 120.0];
        let under = camera.screen_to_world(cursor, VIEW);
        camera.zoom_at(cursor, 1.7, VIEW);
        assert!((camera.zoom - 2.55).abs() < 1e-5);
        assert!(close(camera.world_to_screen(under, VIEW), cursor));
        camera.zoom_at(cursor, 0.2, VIEW);
        assert!(close(camera.world_to_screen(under, VIEW), cursor));
    }

    #[test]
    fn zoom_is_clamped_and_ignores_nonsense() {
        let mut camera = Camera::default();
        camera.zoom_at([100.0, 100.0], 1e9, VIEW);
        assert_eq!(camera.zoom, MAX_ZOOM);
        camera.zoom_at([100.0, 100.0], 1e-12, VIEW);
        assert_eq!(camera.zoom, MIN_ZOOM);
        let before = camera;
        camera.zoom_at([100.0, 100.0], f32::NAN, VIEW);
        camera.zoom_at([100.0, 100.0], 0.0, VIEW);
        camera.zoom_at([100.0, 100.0], -2.0, VIEW);
        camera.zoom_at([f32::INFINITY, 100.0], 2.0, VIEW);
        assert_eq!(camera, before);
    }

    #[test]
    fn pan_moves_content_with_the_drag() {
        let mut camera = Camera {
            x: 0.0,
            y: 0.0,
            zoom: 2.0,
        };
        let p = [5.0, 5.0];
        let before = camera.world_to_screen(p, VIEW);
        camera.pan_by(30.0, -12.0);
        let after = camera.world_to_screen(p, VIEW);
        assert!(close(after, [before[0] + 30.0, before[1] - 12.0]));
        camera.pan_by(f32::NAN, 1.0);
        assert!(close(camera.world_to_screen(p, VIEW), after));
    }

    #[test]
    fn fit_shows_everything_within_the_margin() {
        let mut camera = Camera::default();
        let (min, max) = ([-500.0, 100.0], [1500.0, 400.0]);
        camera.fit(min, max, VIEW, 20.0);
        let (a, b) = (
            camera.world_to_screen(min, VIEW),
            camera.world_to_screen(max, VIEW),
        );
        for s in [a, b] {
            assert!(s[0] >= 20.0 - 1e-3 && s[0] <= VIEW[0] - 20.0 + 1e-3);
            assert!(s[1] >= 20.0 - 1e-3 && s[1] <= VIEW[1] - 20.0 + 1e-3);
        }
        // The wide box touches the side margins.
        assert!((a[0] - 20.0).abs() < 1e-2 && (b[0] - 780.0).abs() < 1e-2);
        assert!(close(
            camera.world_to_screen([500.0, 250.0], VIEW),
            [400.0, 300.0]
        ));
    }

    #[test]
    fn fit_degenerate_boxes() {
        let mut camera = Camera {
            x: 0.0,
            y: 0.0,
            zoom: 3.0,
        };
        camera.fit([7.0, 8.0], [7.0, 8.0], VIEW, 20.0);
        assert_eq!(
            camera,
            Camera {
                x: 7.0,
                y: 8.0,
                zoom: 3.0
            }
        );
        // A horizontal line fits its width.
        camera.fit([0.0, 0.0], [760.0, 0.0], VIEW, 20.0);
        assert!((camera.zoom - 1.0).abs() < 1e-6);
        // A margin larger than the viewport, a tiny box, nonsense input.
        camera.fit([0.0, 0.0], [1e-9, 1e-9], VIEW, 1000.0);
        assert_eq!(camera.zoom, MAX_ZOOM);
        let before = camera;
        camera.fit([0.0, 0.0], [f32::NAN, 1.0], VIEW, 0.0);
        camera.fit([5.0, 5.0], [0.0, 0.0], VIEW, 0.0);
        assert_eq!(camera, before);
    }

    #[test]
    fn a_broken_zoom_is_repaired() {
        let mut camera = Camera {
            x: 0.0,
            y: 0.0,
            zoom: 0.0,
        };
        camera.pan_by(10.0, 10.0);
        assert_eq!(camera.zoom, MIN_ZOOM);
        assert!(camera.x.is_finite() && camera.y.is_finite());
        camera.zoom = f32::NAN;
        camera.zoom_at([10.0, 10.0], 2.0, VIEW);
        assert_eq!(camera.zoom, 2.0);
        assert!(camera.x.is_finite() && camera.y.is_finite());
    }

    #[test]
    fn visible_area() {
        let camera = Camera {
            x: 100.0,
            y: 50.0,
            zoom: 2.0,
        };
        let (min, max) = camera.visible(VIEW);
        assert!(close(min, [-100.0, -100.0]) && close(max, [300.0, 200.0]));
    }
}
