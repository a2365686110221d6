//! Hit testing: which node is under (or nearest to) a world point. Nodes are circles; a
//! uniform grid over their centres keeps a query to the few cells around the point.

/// A grid over node circles; build it once per layout change, query it per pointer move.
#[derive(Clone, Debug, Default)]
pub struct PickIndex {
    pos: Vec<[f32; 2]>,
    radius: Vec<f32>,
    max_radius: f32,
    origin: [f32; 2],
    cell: f32,
    cols: usize,
    rows: usize,
    /// Nodes of cell c are `items[start[c]..start[c + 1]]`.
    start: Vec<u32>,
    items: Vec<u32>,
}

impl PickIndex {
    /// Indexes nodes at `positions` with `radii` (a missing, negative or non-finite radius
    /// counts as 0; nodes at non-finite positions are never picked).
    pub fn new(positions: &[[f32; 2]], radii: &[f32]) -> Self {
        let mut index = PickIndex::default();
        index.rebuild(positions, radii);
        index
    }

    /// Like [`PickIndex::new`], reusing the buffers.
    pub fn rebuild(&mut self, positions: &[[f32; 2]], radii: &[f32]) {
        let n = positions.len();
        self.pos.clear();
        self.pos.extend_from_slice(positions);
        self.radius.clear();
        self.radius.extend((0..n).map(|i| match radii.get(i) {
            Some(&r) if r.is_finite() && r > 0.0 => r,
            _ => 0.0,
        }));
        let finite = |p: &[f32; 2]| p[0].is_finite() && p[1].is_finite();
        let (mut lo, mut hi, mut count) = ([f32::MAX; 2], [f32::MIN; 2], 0usize);
        self.max_radius = 0.0;
        for (p, &r) in positions
            .iter()
            .zip(&self.radius)
            .filter(|(p, _)| finite(p))
        {
            lo = [lo[0].min(p[0]), lo[1].min(p[1])];
            hi = [hi[0].max(p[0]), hi[1].max(p[1])];
            self.max_radius = self.max_radius.max(r);
            count += 1;
        }
        if count == 0 {
            (self.origin, self.cell, self.cols, self.rows) = ([0.0; 2], 1.0, 1, 1);
        } else {
            // About one node per cell, but no smaller than a node.
            let (w, h) = (f64::from(hi[0] - lo[0]), f64::from(hi[1] - lo[1]));
            let spacing = (w.max(1e-9) * h.max(1e-9) / count as f64).sqrt();
            let limit = 2.0 * (count as f64).sqrt() + 1.0;
            let cell = spacing
                .max(2.0 * f64::from(self.max_radius))
                .max(w / limit)
                .max(h / limit);
            let cell = if cell.is_finite() && cell > 0.0 {
                cell
            } else {
                1.0
            };
            self.origin = lo;
            self.cell = cell as f32;
            self.cols = ((w / cell).floor() as usize + 1).min(limit as usize + 1);
            self.rows = ((h / cell).floor() as usize + 1).min(limit as usize + 1);
        }
        // Counting sort of the nodes into cells.
        self.start.clear();
        self.start.resize(self.cols * self.rows + 1, 0);
        for p in positions.iter().filter(|p| finite(p)) {
            let c = self.cell_of(*p);
            self.start[c + 1] += 1;
        }
        for c in 0..self.cols * self.rows {
            self.start[c + 1] += self.start[c];
        }
        // Each node goes to its cell's next free slot, advancing the cell's start to its end;
        // shifting the starts back by one cell then restores them.
        self.items.clear();
        self.items.resize(count, 0);
        for (i, p) in positions.iter().enumerate().filter(|(_, p)| finite(p)) {
            let c = self.cell_of(*p);
            self.items[self.start[c] as usize] = i as u32;
            self.start[c] += 1;
        }
        self.start.copy_within(0..self.cols * self.rows, 1);
        self.start[0] = 0;
    }

    fn cell_of(&self, p: [f32; 2]) -> usize {
        let col = ((p[0] - self.origin[0]) / self.cell).max(0.0) as usize;
        let row = ((p[1] - self.origin[1]) / self.cell).max(0.0) as usize;
        row.min(self.rows - 1) * self.cols + col.min(self.cols - 1)
    }

    /// The node under `point`: among the nodes whose circle contains it, the one whose centre
    /// is nearest; failing that, the node whose circle's edge is nearest, if within
    /// `max_dist` (which may be infinite). Ties go to the lower index.
    pub fn nearest(&self, point: [f32; 2], max_dist: f32) -> Option<usize> {
        if self.items.is_empty() || !(point[0].is_finite() && point[1].is_finite()) {
            return None;
        }
        let max_dist = if max_dist.is_nan() {
            0.0
        } else {
            max_dist.max(0.0)
        };
        let reach = max_dist + self.max_radius;
        let col =
            |x: f32| ((x - self.origin[0]) / self.cell).clamp(0.0, (self.cols - 1) as f32) as usize;
        let row =
            |y: f32| ((y - self.origin[1]) / self.cell).clamp(0.0, (self.rows - 1) as f32) as usize;
        let (c0, c1) = (col(point[0] - reach), col(point[0] + reach));
        let (r0, r1) = (row(point[1] - reach), row(point[1] + reach));
        // Best inside a circle by centre distance, and best outside by edge distance.
        let mut inside: Option<(f32, usize)> = None;
        let mut outside: Option<(f32, usize)> = None;
        let better = |best: Option<(f32, usize)>, d: f32, i: usize| match best {
            Some((bd, bi)) => d < bd || (d == bd && i < bi),
            None => true,
        };
        for r in r0..=r1 {
            let cells = r * self.cols + c0..=r * self.cols + c1;
            let (from, to) = (self.start[*cells.start()], self.start[cells.end() + 1]);
            for &i in &self.items[from as usize..to as usize] {
                let i = i as usize;
                let p = self.pos[i];
                let d = ((p[0] - point[0]).powi(2) + (p[1] - point[1]).powi(2)).sqrt();
                if d <= self.radius[i] {
                    if better(inside, d, i) {
                        inside = Some((d, i));
                    }
                } else if d - self.radius[i] <= max_dist && better(outside, d - self.radius[i], i) {
                    outside = Some((d - self.radius[i], i));
                }
            }
        }
        inside.or(outside).map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same rule by checking every node.
    fn brute_force(
        pos: &[[f32; 2]],
        radii: &[f32],
        point: [f32; 2],
        max_dist: f32,
    ) -> Option<usize> {
        let d = |i: usize| ((pos[i][0] - point[0]).powi(2) + (pos[i][1] - point[1]).powi(2)).sqrt();
        let inside = (0..pos.len()).filter(|&i| d(i) <= radii[i]);
        let best = inside.min_by(|&a, &b| d(a).total_cmp(&d(b)).then(a.cmp(&b)));
        best.or_else(|| {
            (0..pos.len())
                .filter(|&i| d(i) - radii[i] <= max_dist)
                .min_by(|&a, &b| {
                    (d(a) - radii[a])
                        .total_cmp(&(d(b) - radii[b]))
                        .then(a.cmp(&b))
                })
        })
    }

    fn random(n: usize, seed: u64, spread: f32) -> (Vec<[f32; 2]>, Vec<f32>) {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 40) as f32 / (1u64 << 24) as f32
        };
        let pos = (0..n).map(|_| [next() * spread, next() * spread]).collect();
        let radii = (0..n).map(|_| 2.0 + next() * 10.0).collect();
        (pos, radii)
    }

    #[test]
    fn empty_index() {
        assert_eq!(PickIndex::new(&[], &[]).nearest([0.0, 0.0], 100.0), None);
    }

    #[test]
    fn containing_circle_wins_over_a_nearer_centre() {
        // The point is inside the big circle 0, and outside small circle 1 whose centre is nearer.
        let pos = [[0.0, 0.0], [8.0, 0.0]];
        let index = PickIndex::new(&pos, &[10.0, 1.0]);
        assert_eq!(index.nearest([5.0, 0.0], 50.0), Some(0));
        // Inside both: the nearer centre.
        let index = PickIndex::new(&pos, &[10.0, 4.0]);
        assert_eq!(index.nearest([5.0, 0.0], 50.0), Some(1));
    }

    #[test]
    fn outside_every_circle() {
        let pos = [[0.0, 0.0], [100.0, 0.0]];
        let index = PickIndex::new(&pos, &[5.0, 20.0]);
        // 25 from the edge of 0, 60 from the edge of 1.
        assert_eq!(index.nearest([30.0, 0.0], 40.0), Some(0));
        assert_eq!(index.nearest([30.0, 0.0], 10.0), None);
        // Nearer the centre of 0 but nearer the edge of the big circle 1.
        assert_eq!(index.nearest([45.0, 0.0], 40.0), Some(1));
    }

    #[test]
    fn odd_input() {
        let pos = [
            [f32::NAN, 0.0],
            [1.0, 1.0],
            [1.0, 1.0],
            [f32::INFINITY, 2.0],
        ];
        let index = PickIndex::new(&pos, &[5.0, f32::NAN, -1.0]);
        assert_eq!(index.nearest([1.0, 1.0], 0.0), Some(1));
        assert_eq!(index.nearest([1.5, 1.0], 1.0), Some(1));
        assert_eq!(index.nearest([f32::NAN, 1.0], 1.0), None);
        assert_eq!(index.nearest([1.0, 1.0], f32::NAN), Some(1));
        // A single node, far away from the query.
        let index = PickIndex::new(&[[3.0, 3.0]], &[1.0]);
        assert_eq!(index.nearest([1e6, -1e6], 1e5), None);
        assert_eq!(index.nearest([1e6, -1e6], 1e7), Some(0));
        assert_eq!(index.nearest([1e6, -1e6], f32::INFINITY), Some(0));
    }

    #[test]
    fn matches_brute_force() {
        let (pos, radii) = random(2000, 7, 1000.0);
        let mut index = PickIndex::new(&pos, &radii);
        let (queries, _) = random(500, 8, 1100.0);
        for max_dist in [0.0, 5.0, 40.0, 400.0] {
            for &q in &queries {
                assert_eq!(
                    index.nearest(q, max_dist),
                    brute_force(&pos, &radii, q, max_dist)
                );
            }
        }
        // Rebuilt for a clustered layout with one huge node.
        let (mut pos, mut radii) = random(300, 9, 50.0);
        pos.push([25.0, 25.0]);
        radii.push(400.0);
        index.rebuild(&pos, &radii);
        for &q in &queries {
            assert_eq!(index.nearest(q, 30.0), brute_force(&pos, &radii, q, 30.0));
        }
    }
}
