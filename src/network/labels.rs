//! Label placement: which of the candidate labels to draw so that none overlap another.
//! Greedy in priority order — a label is shown unless it overlaps one already shown — with a
//! uniform grid over the shown labels so each check looks only at its neighbourhood.

/// A screen-space box: top-left corner, width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    /// Whether the two boxes share some area; boxes that only touch do not overlap.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// Finite (corners too), with positive width and height.
    fn is_valid(&self) -> bool {
        let (right, bottom) = (self.x + self.w, self.y + self.h);
        [self.x, self.y, right, bottom]
            .iter()
            .all(|v| v.is_finite())
            && self.w > 0.0
            && self.h > 0.0
    }
}

const NONE: u32 = u32::MAX;

/// Given candidate boxes in priority order (most important first), returns which to show: a
/// box is shown unless it overlaps a more important shown box. Boxes that are not finite or
/// have no area are never shown.
pub fn place(boxes: &[Rect]) -> Vec<bool> {
    let mut shown = vec![false; boxes.len()];
    let valid: Vec<usize> = (0..boxes.len()).filter(|&i| boxes[i].is_valid()).collect();
    if valid.is_empty() {
        return shown;
    }
    let grid = Grid::new(boxes, &valid);
    // Shown boxes per cell, as linked lists: `head[cell]` → (box, next) in `entries`.
    let mut head = vec![NONE; grid.cols * grid.rows];
    let mut entries: Vec<(u32, u32)> = Vec::with_capacity(valid.len() * 2);
    for &i in &valid {
        let b = &boxes[i];
        let (c0, r0, c1, r1) = grid.span(b);
        let free = (r0..=r1).all(|r| {
            (c0..=c1).all(|c| {
                let mut e = head[r * grid.cols + c];
                while e != NONE {
                    let (other, next) = entries[e as usize];
                    if boxes[other as usize].overlaps(b) {
                        return false;
                    }
                    e = next;
                }
                true
            })
        });
        if free {
            shown[i] = true;
            for r in r0..=r1 {
                for c in c0..=c1 {
                    let cell = r * grid.cols + c;
                    entries.push((i as u32, head[cell]));
                    head[cell] = (entries.len() - 1) as u32;
                }
            }
        }
    }
    shown
}

/// A uniform grid over the boxes' bounds, with cells about the size of a typical box and at
/// most about four cells per box.
struct Grid {
    x0: f32,
    y0: f32,
    cell_w: f32,
    cell_h: f32,
    cols: usize,
    rows: usize,
}

impl Grid {
    fn new(boxes: &[Rect], valid: &[usize]) -> Self {
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        let (mut sum_w, mut sum_h) = (0.0f64, 0.0f64);
        for &i in valid {
            let b = &boxes[i];
            lo = [lo[0].min(b.x), lo[1].min(b.y)];
            hi = [hi[0].max(b.x + b.w), hi[1].max(b.y + b.h)];
            sum_w += f64::from(b.w);
            sum_h += f64::from(b.h);
        }
        let n = valid.len() as f64;
        let limit = (2.0 * n.sqrt()).ceil().max(1.0);
        let (width, height) = (f64::from(hi[0] - lo[0]), f64::from(hi[1] - lo[1]));
        let cols = (width / (sum_w / n)).ceil().clamp(1.0, limit) as usize;
        let rows = (height / (sum_h / n)).ceil().clamp(1.0, limit) as usize;
        Grid {
            x0: lo[0],
            y0: lo[1],
            cell_w: ((width / cols as f64) as f32).max(f32::MIN_POSITIVE),
            cell_h: ((height / rows as f64) as f32).max(f32::MIN_POSITIVE),
            cols,
            rows,
        }
    }

    /// The cells a box covers: first and last column and row.
    fn span(&self, b: &Rect) -> (usize, usize, usize, usize) {
        let col = |x: f32| (((x - self.x0) / self.cell_w) as usize).min(self.cols - 1);
        let row = |y: f32| (((y - self.y0) / self.cell_h) as usize).min(self.rows - 1);
        (col(b.x), row(b.y), col(b.x + b.w), row(b.y + b.h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    /// The same greedy rule without the grid.
    fn brute_force(boxes: &[Rect]) -> Vec<bool> {
        let mut shown = vec![false; boxes.len()];
        for i in 0..boxes.len() {
            shown[i] =
                boxes[i].is_valid() && (0..i).all(|j| !shown[j] || !boxes[j].overlaps(&boxes[i]));
        }
        shown
    }

    /// Random label-like boxes from a small linear congruential generator.
    fn random_boxes(n: usize, seed: u64, spread: f32) -> Vec<Rect> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 40) as f32 / (1u64 << 24) as f32
        };
        (0..n)
            .map(|_| {
                rect(
                    next() * spread,
                    next() * spread,
                    20.0 + next() * 80.0,
                    10.0 + next() * 6.0,
                )
            })
            .collect()
    }

    #[test]
    fn empty() {
        assert!(place(&[]).is_empty());
    }

    #[test]
    fn earlier_label_wins() {
        let boxes = [
            rect(0.0, 0.0, 50.0, 10.0),
            rect(40.0, 5.0, 50.0, 10.0),
            rect(100.0, 0.0, 5.0, 5.0),
        ];
        assert_eq!(place(&boxes), vec![true, false, true]);
        let swapped = [boxes[1], boxes[0], boxes[2]];
        assert_eq!(place(&swapped), vec![true, false, true]);
    }

    #[test]
    fn touching_labels_both_show() {
        let boxes = [
            rect(0.0, 0.0, 10.0, 10.0),
            rect(10.0, 0.0, 10.0, 10.0),
            rect(0.0, 10.0, 10.0, 10.0),
        ];
        assert_eq!(place(&boxes), vec![true, true, true]);
    }

    #[test]
    fn hidden_behind_a_hidden_label_still_shows() {
        // B overlaps A and is hidden; C overlaps only B, so it shows.
        let boxes = [
            rect(0.0, 0.0, 10.0, 10.0),
            rect(8.0, 0.0, 10.0, 10.0),
            rect(15.0, 0.0, 10.0, 10.0),
        ];
        assert_eq!(place(&boxes), vec![true, false, true]);
    }

    #[test]
    fn invalid_boxes_are_hidden() {
        let boxes = [
            rect(f32::NAN, 0.0, 10.0, 10.0),
            rect(0.0, 0.0, 0.0, 10.0),
            rect(0.0, 0.0, 10.0, -1.0),
            rect(0.0, 0.0, f32::INFINITY, 10.0),
            rect(0.0, 0.0, 10.0, 10.0),
        ];
        assert_eq!(place(&boxes), vec![false, false, false, false, true]);
    }

    #[test]
    fn a_huge_label_is_fine() {
        let mut boxes = random_boxes(200, 1, 1000.0);
        boxes.insert(0, rect(-1e6, -1e6, 2e6, 2e6));
        let shown = place(&boxes);
        assert!(shown[0]);
        assert_eq!(shown.iter().filter(|&&s| s).count(), 1);
    }

    #[test]
    fn matches_brute_force_and_never_overlaps() {
        for (seed, spread) in [(1, 300.0), (2, 1000.0), (3, 5000.0), (4, 50.0)] {
            let boxes = random_boxes(500, seed, spread);
            let shown = place(&boxes);
            assert_eq!(shown, brute_force(&boxes));
            for i in 0..boxes.len() {
                for j in i + 1..boxes.len() {
                    assert!(!(shown[i] && shown[j] && boxes[i].overlaps(&boxes[j])));
                }
                // Every hidden label is hidden by a more important shown one.
                if !shown[i] {
                    assert!((0..i).any(|j| shown[j] && boxes[j].overlaps(&boxes[i])));
                }
            }
        }
    }

    #[test]
    fn identical_boxes_show_once() {
        let boxes = vec![rect(5.0, 5.0, 30.0, 12.0); 100];
        let shown = place(&boxes);
        assert!(shown[0]);
        assert_eq!(shown.iter().filter(|&&s| s).count(), 1);
    }
}
