//! Force-directed layout of the network, and only that: positions in world units, no drawing.
//!
//! The algorithm is ForceAtlas2 (Jacomy et al. 2014): repulsion `kr·(deg_i+1)(deg_j+1)/d`,
//! attraction `w·d` along each edge, and per-node adaptive speeds that slow down nodes which
//! swing back and forth. It was chosen over Fruchterman–Reingold because the adaptive speed
//! settles the layout in about a hundred iterations whatever its size, where FR's single
//! global temperature needs a long schedule that must be tuned to the graph. Three additions:
//!
//! - Repulsion is approximated with a Barnes–Hut quadtree (θ = 1), rebuilt every iteration in
//!   a flat arena; all nodes of a leaf share one walk of the tree ("group walk"), so the force
//!   sums are branch-free loops over flat arrays.
//! - Gravity is ForceAtlas2's *strong* gravity (`kg·(deg+1)·d`): constant gravity lets
//!   isolated nodes drift ten times further out than the rest, which ruins "fit to screen".
//! - Every node has a heat that scales its movement and decays each iteration (×0.95), so
//!   the layout always comes to rest; below 0.001 a node is frozen and skipped. Nodes with a
//!   saved position start frozen, except the neighbourhoods of new nodes, so a saved map
//!   stays put while new nodes settle in; [`Layout::reheat`] likewise warms only the
//!   neighbourhood of the nodes just pinned or unpinned (a drag).
//!
//! Everything is deterministic for a seed: no hash maps, a splitmix64 generator, no
//! trigonometry (so even the initial spiral is the same on every platform).

const NONE: u32 = u32::MAX;
/// Below this depth the quadtree stops splitting and keeps coincident nodes in one leaf.
const MAX_DEPTH: u32 = 24;
/// A leaf holds up to this many nodes before it splits.
const LEAF_CAPACITY: u32 = 16;
/// Initial placement, in units of [`Layout::unit_length`]: spacing of the phyllotaxis spiral,
/// and a new node's step from its placed neighbours — outwards plus a random jitter.
const SPIRAL: f32 = 0.6;
const OUTWARD: f32 = 0.8;
const JITTER: f32 = 0.6;
/// Below this heat a node is frozen: it stops moving until re-heated.
const FROZEN: f32 = 1e-3;
/// Converged after this many consecutive quiet iterations.
const QUIET_ITERATIONS: u32 = 3;

/// Tunables; the defaults suit the project network.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Repulsion coefficient (ForceAtlas2's "scaling"); lengths grow with its square root.
    pub repulsion: f32,
    /// Strong gravity towards the origin, relative to the attraction.
    pub gravity: f32,
    /// Barnes–Hut opening criterion: a cell is approximated when `size / distance < theta`.
    pub theta: f32,
    /// ForceAtlas2's jitter tolerance: higher is faster but swings more.
    pub jitter_tolerance: f32,
    /// Quiet when the mean movement of an iteration is below this fraction of the extent
    /// (and the largest below three times it).
    pub tolerance: f32,
    /// Heat decay per iteration.
    pub cooling: f32,
    /// Starting heat of nodes with a saved position, away from new nodes (0 = frozen,
    /// 1 = as free as new nodes).
    pub saved_heat: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            repulsion: 10.0,
            gravity: 0.05,
            theta: 1.0,
            jitter_tolerance: 1.0,
            tolerance: 0.001,
            cooling: 0.95,
            saved_heat: 0.0,
        }
    }
}

pub struct Layout {
    params: Params,
    pos: Vec<[f32; 2]>,
    force: Vec<[f32; 2]>,
    old_force: Vec<[f32; 2]>,
    /// ForceAtlas2 mass: degree + 1.
    mass: Vec<f32>,
    /// Scale on each node's movement: 1 = free, towards 0 = settled.
    heat: Vec<f32>,
    pinned: Vec<bool>,
    /// Pinned or unpinned since the last `reheat`.
    touched: Vec<bool>,
    /// Cleaned edges: a < b, no duplicates, weights scaled to mean 1.
    edges: Vec<(u32, u32, f32)>,
    /// Neighbour lists: those of i are `adj[adj_start[i]..adj_start[i + 1]]`.
    adj_start: Vec<u32>,
    adj: Vec<u32>,
    /// The quadtree, rebuilt every iteration; leaves chain their nodes through `next`.
    cells: Vec<Cell>,
    next: Vec<u32>,
    /// Interaction list of one group walk.
    list: Interactions,
    /// ForceAtlas2's global speed state.
    speed: f32,
    speed_efficiency: f32,
    iterations: u32,
    /// Largest movement of the last iteration, relative to the extent.
    max_movement: f32,
    quiet: u32,
    converged: bool,
}

impl Layout {
    /// n nodes, edges as (a, b, weight) with a,b < n; `known[i]` a saved position or None;
    /// nodes without a saved position are placed near the centroid of their already placed
    /// neighbours (with a small deterministic offset), else on a deterministic phyllotaxis spiral;
    /// `seed` makes everything deterministic.
    ///
    /// Self-loops, edges with an end out of range and non-positive or non-finite weights are
    /// ignored; duplicate edges add up. Non-finite saved positions, and saved positions equal
    /// to an earlier node's, count as unknown.
    pub fn new(n: usize, edges: &[(u32, u32, f32)], known: &[Option<[f32; 2]>], seed: u64) -> Self {
        Self::with_params(n, edges, known, seed, Params::default())
    }

    pub fn with_params(
        n: usize,
        edges: &[(u32, u32, f32)],
        known: &[Option<[f32; 2]>],
        seed: u64,
        params: Params,
    ) -> Self {
        let edges = clean_edges(n, edges);
        let mut degree = vec![0u32; n];
        for &(a, b, _) in &edges {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
        let mut adj_start = vec![0u32; n + 1];
        for i in 0..n {
            adj_start[i + 1] = adj_start[i] + degree[i];
        }
        let mut fill = adj_start.clone();
        let mut adj = vec![0u32; edges.len() * 2];
        for &(a, b, _) in &edges {
            adj[fill[a as usize] as usize] = b;
            fill[a as usize] += 1;
            adj[fill[b as usize] as usize] = a;
            fill[b as usize] += 1;
        }
        let mut layout = Layout {
            params,
            pos: vec![[0.0; 2]; n],
            force: vec![[0.0; 2]; n],
            old_force: vec![[0.0; 2]; n],
            mass: degree.iter().map(|&d| d as f32 + 1.0).collect(),
            heat: vec![1.0; n],
            pinned: vec![false; n],
            touched: vec![false; n],
            edges,
            adj_start,
            adj,
            cells: Vec::with_capacity(n / 2 + 16),
            next: vec![NONE; n],
            list: Interactions::default(),
            speed: 1.0,
            speed_efficiency: 1.0,
            iterations: 0,
            max_movement: 0.0,
            quiet: 0,
            converged: n == 0,
        };
        // With a saved map, only the new nodes and their neighbourhoods start warm.
        layout.place_initial(known, seed);
        layout.warm_touched();
        layout
    }

    /// The length scale of the layout: two unconnected leaves settle about this far apart.
    pub fn unit_length(&self) -> f32 {
        2.0 * self.params.repulsion.max(1e-6).sqrt()
    }

    /// The distinct neighbours of node i (self-loops and invalid edges dropped).
    pub fn neighbours(&self, i: usize) -> &[u32] {
        &self.adj[self.adj_start[i] as usize..self.adj_start[i + 1] as usize]
    }

    pub fn positions(&self) -> &[[f32; 2]] {
        &self.pos
    }

    pub fn converged(&self) -> bool {
        self.converged
    }

    /// Iterations run so far.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    /// Pins node i at p: it never moves until unpinned (still exerts forces).
    /// Call [`Layout::reheat`] after pinning or unpinning so the neighbourhood follows.
    pub fn pin(&mut self, i: usize, p: [f32; 2]) {
        if i < self.pos.len() && p[0].is_finite() && p[1].is_finite() {
            self.pos[i] = p;
            self.pinned[i] = true;
            self.touched[i] = true;
            self.old_force[i] = [0.0; 2];
        }
    }

    pub fn unpin(&mut self, i: usize) {
        if i < self.pos.len() && self.pinned[i] {
            self.pinned[i] = false;
            self.touched[i] = true;
        }
    }

    pub fn is_pinned(&self, i: usize) -> bool {
        self.pinned.get(i).copied().unwrap_or(false)
    }

    /// Re-heats after a change (a drag) so the neighbourhood relaxes without scrambling the rest.
    ///
    /// The nodes pinned or unpinned since the last call become hot, their neighbours warm and
    /// the neighbours' neighbours lukewarm; the rest keeps its heat (none once settled).
    /// With no such nodes the whole layout is warmed up moderately.
    pub fn reheat(&mut self) {
        self.converged = false;
        self.quiet = 0;
        self.speed = 1.0;
        self.speed_efficiency = 1.0;
        if !self.touched.contains(&true) {
            for h in &mut self.heat {
                *h = h.max(0.5);
            }
        }
        self.warm_touched();
    }

    /// Heats the touched nodes and their neighbourhoods, and clears `touched`.
    fn warm_touched(&mut self) {
        for i in 0..self.pos.len() {
            if !self.touched[i] {
                continue;
            }
            self.touched[i] = false;
            self.heat[i] = 1.0;
            for k in self.adj_start[i]..self.adj_start[i + 1] {
                let j = self.adj[k as usize] as usize;
                self.heat[j] = self.heat[j].max(0.6);
                for k in self.adj_start[j]..self.adj_start[j + 1] {
                    let l = self.adj[k as usize] as usize;
                    self.heat[l] = self.heat[l].max(0.3);
                }
            }
        }
    }

    /// Runs iterations until converged or `max_iterations` done; returns iterations run.
    pub fn run(&mut self, max_iterations: u32) -> u32 {
        let mut done = 0;
        while done < max_iterations && !self.converged {
            self.step();
            done += 1;
        }
        done
    }

    /// One iteration; returns the mean movement of the free nodes relative to the extent
    /// ([`Layout::extent`]). Allocation-free once the buffers have grown to size.
    pub fn step(&mut self) -> f32 {
        if self.pos.is_empty() {
            self.converged = true;
            return 0.0;
        }
        std::mem::swap(&mut self.force, &mut self.old_force);
        self.build_tree();
        self.repulsion();
        self.gravity();
        self.attraction();
        self.update_speed();
        let movement = self.apply_forces();
        self.iterations += 1;
        let quiet =
            movement < self.params.tolerance && self.max_movement < 3.0 * self.params.tolerance;
        self.quiet = if quiet { self.quiet + 1 } else { 0 };
        self.converged = self.quiet >= QUIET_ITERATIONS;
        movement
    }

    /// Root-mean-square distance of the nodes from their centroid.
    pub fn extent(&self) -> f32 {
        let n = self.pos.len().max(1) as f64;
        let (mut sx, mut sy) = (0.0f64, 0.0f64);
        for p in &self.pos {
            sx += f64::from(p[0]);
            sy += f64::from(p[1]);
        }
        let (cx, cy) = (sx / n, sy / n);
        let mut s = 0.0f64;
        for p in &self.pos {
            s += (f64::from(p[0]) - cx).powi(2) + (f64::from(p[1]) - cy).powi(2);
        }
        (s / n).sqrt() as f32
    }

    /// Places every node; if some positions were saved, marks the others `touched`.
    fn place_initial(&mut self, known: &[Option<[f32; 2]>], seed: u64) {
        let n = self.pos.len();
        let mut placed = vec![false; n];
        // Saved positions, except non-finite ones and exact duplicates of an earlier node's.
        let key = |i: u32| match known.get(i as usize) {
            Some(Some(p)) if p[0].is_finite() && p[1].is_finite() => {
                Some((p[0].to_bits(), p[1].to_bits(), i))
            }
            _ => None,
        };
        let mut saved_positions: Vec<(u32, u32, u32)> = (0..n as u32).filter_map(key).collect();
        saved_positions.sort_unstable();
        let mut previous = None;
        let (mut placed_count, mut anchor) = (0usize, [0.0f32; 2]);
        for &(x, y, i) in &saved_positions {
            if previous != Some((x, y)) {
                let p = [f32::from_bits(x), f32::from_bits(y)];
                self.pos[i as usize] = p;
                self.heat[i as usize] = self.params.saved_heat;
                placed[i as usize] = true;
                placed_count += 1;
                anchor = [anchor[0] + p[0], anchor[1] + p[1]];
            }
            previous = Some((x, y));
        }
        if placed_count > 0 {
            anchor = [
                anchor[0] / placed_count as f32,
                anchor[1] / placed_count as f32,
            ];
            for (t, p) in self.touched.iter_mut().zip(&placed) {
                *t = !p;
            }
        }

        // Breadth-first from the saved nodes, then from each remaining component's hub, which
        // goes on the spiral outside everything placed so far. A node goes next to its placed
        // neighbours, pushed away from where its component started (`anchor`), so components
        // grow outwards instead of tangling.
        let mut roots: Vec<u32> = (0..n as u32).filter(|&i| !placed[i as usize]).collect();
        roots.sort_by_key(|&i| {
            std::cmp::Reverse(self.adj_start[i as usize + 1] - self.adj_start[i as usize])
        });
        let mut queue: Vec<u32> = (0..n as u32).filter(|&i| placed[i as usize]).collect();
        let mut queued = placed.clone();
        let mut rng = Rng(seed ^ 0x5EED_1A70_u64);
        let unit = self.unit_length();
        // The golden angle as a rotation, applied by complex multiplication.
        let (gc, gs) = (-0.737_368_9_f32, 0.675_490_3_f32);
        let mut dir = [1.0f32, 0.0f32];
        let (mut head, mut next_root) = (0, 0);
        loop {
            if head == queue.len() {
                while next_root < roots.len() && queued[roots[next_root] as usize] {
                    next_root += 1;
                }
                let Some(&r) = roots.get(next_root) else {
                    break;
                };
                let radius = SPIRAL * unit * (placed_count as f32 + 0.5).sqrt();
                self.pos[r as usize] = [dir[0] * radius, dir[1] * radius];
                let d = [dir[0] * gc - dir[1] * gs, dir[0] * gs + dir[1] * gc];
                let len = (d[0] * d[0] + d[1] * d[1]).sqrt();
                dir = [d[0] / len, d[1] / len];
                anchor = self.pos[r as usize];
                placed[r as usize] = true;
                placed_count += 1;
                queued[r as usize] = true;
                queue.push(r);
            }
            let i = queue[head] as usize;
            head += 1;
            if !placed[i] {
                // Queued by a placed neighbour, so `count` is at least 1.
                let (mut sx, mut sy, mut count) = (0.0f32, 0.0f32, 0.0f32);
                for k in self.adj_start[i]..self.adj_start[i + 1] {
                    let j = self.adj[k as usize] as usize;
                    if placed[j] {
                        sx += self.pos[j][0];
                        sy += self.pos[j][1];
                        count += 1.0;
                    }
                }
                let c = [sx / count, sy / count];
                let (ox, oy) = (c[0] - anchor[0], c[1] - anchor[1]);
                let len = (ox * ox + oy * oy).sqrt();
                let out = if len > 1e-6 {
                    [ox / len, oy / len]
                } else {
                    [0.0, 0.0]
                };
                let [jx, jy] = rng.disc();
                self.pos[i] = [
                    c[0] + unit * (OUTWARD * out[0] + JITTER * jx),
                    c[1] + unit * (OUTWARD * out[1] + JITTER * jy),
                ];
                placed[i] = true;
                placed_count += 1;
            }
            for k in self.adj_start[i]..self.adj_start[i + 1] {
                let j = self.adj[k as usize] as usize;
                if !queued[j] {
                    queued[j] = true;
                    queue.push(j as u32);
                }
            }
        }
    }

    fn build_tree(&mut self) {
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in &self.pos {
            lo = [lo[0].min(p[0]), lo[1].min(p[1])];
            hi = [hi[0].max(p[0]), hi[1].max(p[1])];
        }
        let size = (hi[0] - lo[0]).max(hi[1] - lo[1]).max(1e-3) * 1.0001;
        self.cells.clear();
        self.cells.push(Cell::new(lo[0], lo[1], size));
        for i in 0..self.pos.len() {
            self.insert(0, 0, i as u32);
        }
        // Children are created after their parent, so one forward pass finishes the centres
        // of mass and threads the tree: `child` becomes the first non-empty child and `skip`
        // the next non-empty cell once this one is done with.
        for c in 0..self.cells.len() {
            let cell = &mut self.cells[c];
            if cell.mass > 0.0 {
                cell.cx /= cell.mass;
                cell.cy /= cell.mass;
            }
            let (child, skip) = (cell.child, cell.skip);
            if child != NONE {
                let mut after = skip;
                for q in (0..4).rev() {
                    let k = (child + q) as usize;
                    self.cells[k].skip = after;
                    if self.cells[k].mass > 0.0 {
                        after = child + q;
                    }
                }
                self.cells[c].child = after;
            }
        }
    }

    /// Adds node i below cell c (at `depth`), splitting full leaves.
    fn insert(&mut self, mut c: usize, mut depth: u32, i: u32) {
        let p = self.pos[i as usize];
        let m = self.mass[i as usize];
        loop {
            let first = self.cells.len() as u32;
            let cell = &mut self.cells[c];
            cell.mass += m;
            cell.cx += m * p[0];
            cell.cy += m * p[1];
            if cell.child != NONE {
                c = (cell.child + cell.quadrant(p)) as usize;
                depth += 1;
                continue;
            }
            if cell.count < LEAF_CAPACITY || depth >= MAX_DEPTH {
                self.next[i as usize] = cell.body;
                cell.body = i;
                cell.count += 1;
                return;
            }
            // Split the full leaf: its nodes move into the new children, then i goes on down.
            let parent = *cell;
            cell.body = NONE;
            cell.count = 0;
            cell.child = first;
            let h = parent.size * 0.5;
            for q in 0..4u32 {
                let x = if q & 1 == 1 { parent.x0 + h } else { parent.x0 };
                let y = if q & 2 == 2 { parent.y0 + h } else { parent.y0 };
                self.cells.push(Cell::new(x, y, h));
            }
            let mut b = parent.body;
            while b != NONE {
                let after = self.next[b as usize];
                let q = parent.quadrant(self.pos[b as usize]);
                self.insert((first + q) as usize, depth + 1, b);
                b = after;
            }
            c = (first + parent.quadrant(p)) as usize;
            depth += 1;
        }
    }

    /// Barnes–Hut repulsion with a group walk: the nodes of each leaf share one walk of the
    /// tree, which lists the cells far from the whole leaf and the nodes near it.
    fn repulsion(&mut self) {
        let kr = self.params.repulsion;
        let theta2 = self.params.theta * self.params.theta;
        // Closer than this, two nodes repel as if this far apart, in a fixed direction.
        let min_d2 = (self.unit_length() * 0.01).powi(2);
        for g in 0..self.cells.len() {
            let leaf = self.cells[g];
            if leaf.child != NONE || leaf.count == 0 {
                continue;
            }
            let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
            let mut free = false;
            let mut b = leaf.body;
            while b != NONE {
                let p = self.pos[b as usize];
                lo = [lo[0].min(p[0]), lo[1].min(p[1])];
                hi = [hi[0].max(p[0]), hi[1].max(p[1])];
                free |= self.moves(b as usize);
                b = self.next[b as usize];
            }
            if !free {
                continue;
            }
            let list = &mut self.list;
            list.clear();
            let mut c = 0u32;
            while c != NONE {
                let cell = &self.cells[c as usize];
                // Distance from the cell's centre of mass to the leaf's bounding box.
                let ex = (lo[0] - cell.cx).max(cell.cx - hi[0]).max(0.0);
                let ey = (lo[1] - cell.cy).max(cell.cy - hi[1]).max(0.0);
                let overlaps = cell.x0 <= hi[0]
                    && lo[0] <= cell.x0 + cell.size
                    && cell.y0 <= hi[1]
                    && lo[1] <= cell.y0 + cell.size;
                if !overlaps && cell.size * cell.size < theta2 * (ex * ex + ey * ey) {
                    list.push(cell.cx, cell.cy, cell.mass, NONE);
                    c = cell.skip;
                } else if cell.child != NONE {
                    c = cell.child;
                } else {
                    let mut b = cell.body;
                    while b != NONE {
                        let q = self.pos[b as usize];
                        list.push(q[0], q[1], self.mass[b as usize], b);
                        b = self.next[b as usize];
                    }
                    c = cell.skip;
                }
            }
            let mut b = leaf.body;
            while b != NONE {
                let i = b as usize;
                b = self.next[i];
                if self.pinned[i] || self.heat[i] == 0.0 {
                    continue;
                }
                let p = self.pos[i];
                let (mut fx, mut fy, close) = list.repulsion(p, min_d2);
                if close > 1 {
                    // Some node besides i itself is (nearly) on top of it: replace the pair's
                    // clamped push by one in a fixed, pair-specific direction.
                    let d = min_d2.sqrt();
                    for (k, &j) in list.index.iter().enumerate() {
                        let (dx, dy) = (p[0] - list.x[k], p[1] - list.y[k]);
                        if j == NONE || j as usize == i || dx * dx + dy * dy >= min_d2 {
                            continue;
                        }
                        let (a, z) = if (i as u32) < j {
                            (i as u32, j)
                        } else {
                            (j, i as u32)
                        };
                        let [ux, uy] = pair_direction(a, z);
                        let sign = if a == i as u32 { 1.0 } else { -1.0 };
                        let f = list.m[k] / min_d2;
                        fx += (ux * sign * d - dx) * f;
                        fy += (uy * sign * d - dy) * f;
                    }
                }
                let k = kr * self.mass[i];
                self.force[i] = [fx * k, fy * k];
            }
        }
    }

    /// Strong gravity: towards the origin, growing with distance and mass.
    fn gravity(&mut self) {
        let kg = self.params.gravity;
        for ((f, p), m) in self.force.iter_mut().zip(&self.pos).zip(&self.mass) {
            f[0] -= kg * m * p[0];
            f[1] -= kg * m * p[1];
        }
    }

    fn attraction(&mut self) {
        for &(a, b, w) in &self.edges {
            let (pa, pb) = (self.pos[a as usize], self.pos[b as usize]);
            let (fx, fy) = ((pb[0] - pa[0]) * w, (pb[1] - pa[1]) * w);
            let fa = &mut self.force[a as usize];
            fa[0] += fx;
            fa[1] += fy;
            let fb = &mut self.force[b as usize];
            fb[0] -= fx;
            fb[1] -= fy;
        }
    }

    /// ForceAtlas2's global speed, as in Gephi's implementation: as fast as the total
    /// swinging (force changing direction) allows for the total traction (force keeping it).
    /// Nodes count by mass times heat, so settled nodes do not speed up the hot ones.
    fn update_speed(&mut self) {
        let n = self.pos.len() as f64;
        let (mut swinging, mut traction) = (0.0f64, 0.0f64);
        for i in 0..self.pos.len() {
            if self.moves(i) {
                let (f, o) = (self.force[i], self.old_force[i]);
                let m = f64::from(self.mass[i] * self.heat[i]);
                swinging += m * f64::from(((o[0] - f[0]).powi(2) + (o[1] - f[1]).powi(2)).sqrt());
                traction +=
                    0.5 * m * f64::from(((o[0] + f[0]).powi(2) + (o[1] + f[1]).powi(2)).sqrt());
            }
        }
        if !(swinging > 0.0 && traction > 0.0 && swinging.is_finite() && traction.is_finite()) {
            return;
        }
        let tolerance = f64::from(self.params.jitter_tolerance);
        let optimal = 0.05 * n.sqrt();
        let mut jitter = tolerance * optimal.sqrt().max((optimal * traction / (n * n)).min(10.0));
        let min_efficiency = 0.05;
        let mut efficiency = f64::from(self.speed_efficiency);
        if swinging / traction > 2.0 {
            if efficiency > min_efficiency {
                efficiency *= 0.5;
            }
            jitter = jitter.max(tolerance);
        }
        let target = jitter * efficiency * traction / swinging;
        if swinging > jitter * traction {
            if efficiency > min_efficiency {
                efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            efficiency *= 1.3;
        }
        let speed = f64::from(self.speed);
        self.speed = (speed + (target - speed).min(0.5 * speed)) as f32;
        self.speed_efficiency = efficiency as f32;
    }

    /// Moves the nodes and cools them; returns the mean movement of the nodes that moved,
    /// relative to the extent.
    fn apply_forces(&mut self) -> f32 {
        // No node jumps further than the layout is wide (tames the first, wild iterations).
        let extent = self.extent().max(self.unit_length());
        let speed = self.speed;
        let (mut total, mut largest, mut moving) = (0.0f64, 0.0f32, 0usize);
        for i in 0..self.pos.len() {
            if !self.moves(i) {
                continue;
            }
            moving += 1;
            let (f, o) = (self.force[i], self.old_force[i]);
            let swing = self.mass[i] * ((o[0] - f[0]).powi(2) + (o[1] - f[1]).powi(2)).sqrt();
            let factor = self.heat[i] * speed / (1.0 + (speed * swing).sqrt());
            let (mut dx, mut dy) = (f[0] * factor, f[1] * factor);
            let len = (dx * dx + dy * dy).sqrt();
            let cap = self.heat[i] * extent;
            if len > cap {
                dx *= cap / len;
                dy *= cap / len;
            }
            if dx.is_finite() && dy.is_finite() {
                self.pos[i][0] += dx;
                self.pos[i][1] += dy;
                total += f64::from(len.min(cap));
                largest = largest.max(len.min(cap));
            }
            self.heat[i] *= self.params.cooling;
            if self.heat[i] < FROZEN {
                self.heat[i] = 0.0;
            }
        }
        self.max_movement = largest / extent;
        if moving == 0 {
            return 0.0;
        }
        (total / moving as f64) as f32 / extent
    }

    /// Whether node i takes part in the iteration (it still repels others either way).
    fn moves(&self, i: usize) -> bool {
        !self.pinned[i] && self.heat[i] > 0.0
    }
}

/// A quadtree cell: a square, its mass and centre of mass, its children or its nodes.
#[derive(Clone, Copy, Debug)]
struct Cell {
    x0: f32,
    y0: f32,
    size: f32,
    mass: f32,
    /// Mass-weighted sums while building, the centre of mass afterwards.
    cx: f32,
    cy: f32,
    /// First of four consecutive children (after threading: first non-empty), or `NONE`.
    child: u32,
    /// A leaf's first node, the rest chained through `Layout::next`.
    body: u32,
    /// Number of nodes in a leaf.
    count: u32,
    /// The cell to visit next when this one is not opened.
    skip: u32,
}

impl Cell {
    fn new(x0: f32, y0: f32, size: f32) -> Self {
        let (mass, cx, cy) = (0.0, 0.0, 0.0);
        Cell {
            x0,
            y0,
            size,
            mass,
            cx,
            cy,
            child: NONE,
            body: NONE,
            count: 0,
            skip: NONE,
        }
    }

    fn quadrant(&self, p: [f32; 2]) -> u32 {
        let h = self.size * 0.5;
        u32::from(p[0] >= self.x0 + h) | (u32::from(p[1] >= self.y0 + h) << 1)
    }
}

/// What the nodes of one leaf interact with: far cells and near nodes, in flat arrays so the
/// force loop is branch-free.
#[derive(Default)]
struct Interactions {
    x: Vec<f32>,
    y: Vec<f32>,
    m: Vec<f32>,
    /// The node, or `NONE` for a cell.
    index: Vec<u32>,
}

impl Interactions {
    fn clear(&mut self) {
        self.x.clear();
        self.y.clear();
        self.m.clear();
        self.index.clear();
    }

    fn push(&mut self, x: f32, y: f32, m: f32, index: u32) {
        self.x.push(x);
        self.y.push(y);
        self.m.push(m);
        self.index.push(index);
    }

    /// Σ m·(p − q)/|p − q|² over the list, squared distances clamped to at least `min_d2`,
    /// and how many entries are closer than that (p's own node among them).
    fn repulsion(&self, p: [f32; 2], min_d2: f32) -> (f32, f32, u32) {
        // Independent accumulators, so consecutive terms do not wait for each other.
        const LANES: usize = 4;
        let (mut ax, mut ay, mut close) = ([0.0f32; LANES], [0.0f32; LANES], [0u32; LANES]);
        let chunks = self.x.chunks_exact(LANES).zip(self.y.chunks_exact(LANES));
        for ((xs, ys), ms) in chunks.zip(self.m.chunks_exact(LANES)) {
            for l in 0..LANES {
                let (dx, dy) = (p[0] - xs[l], p[1] - ys[l]);
                let d2 = dx * dx + dy * dy;
                let f = ms[l] / d2.max(min_d2);
                ax[l] += dx * f;
                ay[l] += dy * f;
                close[l] += u32::from(d2 < min_d2);
            }
        }
        for k in self.x.len() / LANES * LANES..self.x.len() {
            let (dx, dy) = (p[0] - self.x[k], p[1] - self.y[k]);
            let d2 = dx * dx + dy * dy;
            let f = self.m[k] / d2.max(min_d2);
            ax[0] += dx * f;
            ay[0] += dy * f;
            close[0] += u32::from(d2 < min_d2);
        }
        (ax.iter().sum(), ay.iter().sum(), close.iter().sum())
    }
}

/// splitmix64: a tiny, well-mixed, seedable generator.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// A uniform point in the unit disc (by rejection, so no trigonometry).
    fn disc(&mut self) -> [f32; 2] {
        loop {
            let (x, y) = (self.unit() * 2.0 - 1.0, self.unit() * 2.0 - 1.0);
            if x * x + y * y <= 1.0 {
                return [x, y];
            }
        }
    }
}

/// A fixed unit direction for the pair (a, b), a < b.
fn pair_direction(a: u32, b: u32) -> [f32; 2] {
    let mut rng = Rng((u64::from(a) << 32) | u64::from(b));
    loop {
        let [x, y] = rng.disc();
        let len = (x * x + y * y).sqrt();
        if len > 0.1 {
            return [x / len, y / len];
        }
    }
}

/// Drops self-loops, out-of-range ends and non-positive or non-finite weights, merges
/// duplicates (adding their weights) and scales the weights to mean 1, within [1e-3, 1e3].
fn clean_edges(n: usize, edges: &[(u32, u32, f32)]) -> Vec<(u32, u32, f32)> {
    let valid = |&&(a, b, w): &&(u32, u32, f32)| {
        a != b && (a as usize) < n && (b as usize) < n && w.is_finite() && w > 0.0
    };
    let mut out: Vec<(u32, u32, f32)> = edges
        .iter()
        .filter(valid)
        .map(|&(a, b, w)| (a.min(b), a.max(b), w))
        .collect();
    // Sorting by weight too makes the sums independent of the input order.
    out.sort_unstable_by_key(|&(a, b, w)| (a, b, w.to_bits()));
    out.dedup_by(|next, kept| {
        let same = (next.0, next.1) == (kept.0, kept.1);
        if same {
            kept.2 = (kept.2 + next.2).min(f32::MAX);
        }
        same
    });
    let total: f64 = out.iter().map(|e| f64::from(e.2)).sum();
    if total > 0.0 && total.is_finite() {
        let mean = total / out.len() as f64;
        for e in &mut out {
            e.2 = ((f64::from(e.2) / mean) as f32).clamp(1e-3, 1e3);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type Edges = Vec<(u32, u32, f32)>;

    fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
    }

    fn all_finite(layout: &Layout) -> bool {
        layout
            .positions()
            .iter()
            .all(|p| p[0].is_finite() && p[1].is_finite())
    }

    fn clique(nodes: std::ops::Range<u32>) -> Edges {
        let mut edges = vec![];
        for a in nodes.clone() {
            for b in a + 1..nodes.end {
                edges.push((a, b, 1.0));
            }
        }
        edges
    }

    /// Communities of 20 nodes, most edges inside them.
    fn communities(n: usize, m: usize, seed: u64) -> Edges {
        let mut rng = Rng(seed);
        let groups = n.div_ceil(20) as u32;
        let mut edges = vec![];
        while edges.len() < m {
            let a = (rng.unit() * n as f32) as u32 % n as u32;
            let b = if rng.unit() < 0.85 {
                let g = a % groups;
                (g + groups * (rng.unit() * 20.0) as u32) % n as u32
            } else {
                (rng.unit() * n as f32) as u32 % n as u32
            };
            edges.push((a, b, 1.0));
        }
        edges
    }

    fn centroid(pos: &[[f32; 2]], nodes: std::ops::Range<usize>) -> [f32; 2] {
        let k = nodes.len() as f32;
        let (x, y) = nodes.fold((0.0, 0.0), |(x, y), i| (x + pos[i][0], y + pos[i][1]));
        [x / k, y / k]
    }

    fn bbox_size(pos: &[[f32; 2]]) -> f32 {
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            lo = [lo[0].min(p[0]), lo[1].min(p[1])];
            hi = [hi[0].max(p[0]), hi[1].max(p[1])];
        }
        (hi[0] - lo[0]).max(hi[1] - lo[1])
    }

    fn median(mut values: Vec<f32>) -> f32 {
        values.sort_by(f32::total_cmp);
        values[values.len() / 2]
    }

    #[test]
    fn small_graph_converges_quickly() {
        let mut edges: Vec<_> = (0..30).map(|i| (i, (i + 1) % 30, 1.0)).collect();
        edges.extend((0..30).step_by(5).map(|i| (i, (i + 12) % 30, 1.0)));
        let mut layout = Layout::new(30, &edges, &[], 1);
        let iterations = layout.run(400);
        assert!(
            layout.converged(),
            "not converged after {iterations} iterations"
        );
        assert!(iterations < 400);
        assert!(all_finite(&layout));
    }

    #[test]
    fn disconnected_cliques_separate() {
        let mut edges = clique(0..10);
        edges.extend(clique(10..20));
        let mut layout = Layout::new(20, &edges, &[], 7);
        layout.run(1000);
        let pos = layout.positions();
        let (a, b) = (centroid(pos, 0..10), centroid(pos, 10..20));
        let radius = |c: [f32; 2], r: std::ops::Range<usize>| {
            r.map(|i| dist(pos[i], c)).fold(0.0f32, f32::max)
        };
        let apart = dist(a, b);
        assert!(apart > radius(a, 0..10), "{apart} vs {}", radius(a, 0..10));
        assert!(
            apart > radius(b, 10..20),
            "{apart} vs {}",
            radius(b, 10..20)
        );
    }

    #[test]
    fn connected_nodes_are_closer() {
        let n = 200;
        let edges = communities(n, 600, 3);
        let mut layout = Layout::new(n, &edges, &[], 3);
        layout.run(1000);
        let pos = layout.positions();
        let linked: f32 = edges
            .iter()
            .map(|&(a, b, _)| dist(pos[a as usize], pos[b as usize]))
            .sum();
        let linked = linked / edges.len() as f32;
        let mut all = 0.0;
        for i in 0..n {
            for j in i + 1..n {
                all += dist(pos[i], pos[j]);
            }
        }
        let all = all / (n * (n - 1) / 2) as f32;
        assert!(linked < 0.6 * all, "linked {linked}, all pairs {all}");
    }

    #[test]
    fn deterministic_for_a_seed() {
        let edges = communities(300, 900, 5);
        let known: Vec<_> = (0..300)
            .map(|i| (i % 7 == 0).then_some([i as f32, -(i as f32)]))
            .collect();
        let bits = |seed| {
            let mut layout = Layout::new(300, &edges, &known, seed);
            layout.run(60);
            layout
                .positions()
                .iter()
                .flat_map(|p| [p[0].to_bits(), p[1].to_bits()])
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(9), bits(9));
        assert_ne!(bits(9), bits(10));
        // Edge order does not matter either.
        let mut reversed = edges.clone();
        reversed.reverse();
        let mut a = Layout::new(300, &edges, &known, 9);
        let mut b = Layout::new(300, &reversed, &known, 9);
        a.run(60);
        b.run(60);
        assert_eq!(a.positions(), b.positions());
    }

    #[test]
    fn empty_and_single_node() {
        let mut empty = Layout::new(0, &[], &[], 1);
        assert_eq!(empty.step(), 0.0);
        assert!(empty.converged());
        assert_eq!(empty.run(10), 0);

        let mut one = Layout::new(1, &[(0, 0, 1.0)], &[], 1);
        one.run(500);
        assert!(all_finite(&one));
        assert!(one.converged());
    }

    #[test]
    fn no_edges() {
        let mut layout = Layout::new(50, &[], &[], 2);
        layout.run(500);
        assert!(all_finite(&layout));
        assert!(layout.converged());
        let pos = layout.positions();
        let closest = (0..50)
            .flat_map(|i| (i + 1..50).map(move |j| (i, j)))
            .map(|(i, j)| dist(pos[i], pos[j]))
            .fold(f32::MAX, f32::min);
        assert!(
            closest > 0.1 * layout.unit_length(),
            "closest pair {closest}"
        );
    }

    #[test]
    fn identical_saved_positions_spread_out() {
        let n = 40;
        let edges: Vec<_> = (1..n as u32).map(|i| (i / 2, i, 1.0)).collect();
        let known = vec![Some([5.0, 5.0]); n];
        let mut layout = Layout::new(n, &edges, &known, 4);
        layout.run(1000);
        assert!(all_finite(&layout));
        assert!(bbox_size(layout.positions()) > layout.unit_length());
    }

    #[test]
    fn coincident_nodes_are_pushed_apart() {
        let n = 30;
        let edges: Vec<_> = (1..n as u32).map(|i| (0, i, 1.0)).collect();
        let mut layout = Layout::new(n, &edges, &[], 4);
        for i in 0..n {
            layout.pin(i, [1.0, 2.0]);
        }
        for i in 0..n {
            layout.unpin(i);
        }
        layout.reheat();
        layout.run(1000);
        assert!(all_finite(&layout));
        let pos = layout.positions();
        for i in 1..n {
            assert!(dist(pos[0], pos[i]) > 0.1 * layout.unit_length());
        }
    }

    #[test]
    fn bad_edges_are_harmless() {
        let edges = [
            (0, 0, 1.0),
            (0, 1, 1.0),
            (1, 0, 1.0),
            (0, 1, 2.0),
            (1, 2, 0.0),
            (2, 3, -4.0),
            (3, 4, f32::NAN),
            (4, 5, f32::INFINITY),
            (5, 6, f32::MAX),
            (6, 5, f32::MAX),
            (6, 99, 1.0),
            (7, 8, 1e-30),
        ];
        let known = [Some([f32::NAN, 0.0]), Some([f32::INFINITY, 1.0]), None];
        let mut layout = Layout::new(9, &edges, &known, 6);
        layout.run(1000);
        assert!(all_finite(&layout));
        assert_eq!(layout.edges.len(), 3);
    }

    #[test]
    fn pinned_nodes_stay_and_still_pull() {
        let n = 60;
        let edges = communities(n, 150, 8);
        let mut layout = Layout::new(n, &edges, &[], 8);
        layout.pin(0, [300.0, -200.0]);
        assert!(layout.is_pinned(0));
        layout.run(1000);
        assert_eq!(layout.positions()[0], [300.0, -200.0]);
        let pos = layout.positions();
        let neighbours: Vec<f32> = layout
            .neighbours(0)
            .iter()
            .map(|&j| dist(pos[0], pos[j as usize]))
            .collect();
        let others: Vec<f32> = (1..n)
            .filter(|j| !layout.neighbours(0).contains(&(*j as u32)))
            .map(|j| dist(pos[0], pos[j]))
            .collect();
        assert!(median(neighbours) < median(others));
        layout.unpin(0);
        assert!(!layout.is_pinned(0));
    }

    /// A converged community graph, its edges, and its positions.
    fn settled(n: usize, m: usize, seed: u64) -> (Edges, Vec<[f32; 2]>) {
        let edges = communities(n, m, seed);
        let mut layout = Layout::new(n, &edges, &[], seed);
        layout.run(2000);
        assert!(layout.converged());
        (edges, layout.positions().to_vec())
    }

    #[test]
    fn saved_map_barely_moves_when_a_node_is_added() {
        let n = 400;
        let (mut edges, old) = settled(n, 1200, 11);
        edges.push((n as u32, 17, 1.0));
        let mut known: Vec<_> = old.iter().map(|&p| Some(p)).collect();
        known.push(None);
        let mut layout = Layout::new(n + 1, &edges, &known, 11);
        layout.run(2000);
        assert!(layout.converged());
        let pos = layout.positions();
        let moved = median((0..n).map(|i| dist(pos[i], old[i])).collect());
        let size = bbox_size(&old);
        assert!(
            moved < 0.02 * size,
            "median displacement {moved}, extent {size}"
        );
        // The newcomer settles next to its neighbour.
        let typical = median(
            edges
                .iter()
                .map(|&(a, b, _)| dist(pos[a as usize], pos[b as usize]))
                .collect(),
        );
        assert!(dist(pos[n], pos[17]) < 3.0 * typical);
    }

    #[test]
    fn an_unchanged_saved_map_does_not_move() {
        let (edges, old) = settled(300, 900, 14);
        let known: Vec<_> = old.iter().map(|&p| Some(p)).collect();
        let mut layout = Layout::new(300, &edges, &known, 14);
        assert!(layout.run(100) < 10);
        assert_eq!(layout.positions(), &old[..]);
    }

    #[test]
    fn reheat_after_a_drag_is_local() {
        let n = 400;
        let (edges, old) = settled(n, 1200, 12);
        let known: Vec<_> = old.iter().map(|&p| Some(p)).collect();
        let mut layout = Layout::new(n, &edges, &known, 12);
        let target = [old[5][0] + 0.2 * bbox_size(&old), old[5][1]];
        layout.pin(5, target);
        layout.reheat();
        layout.run(2000);
        layout.unpin(5);
        let pos = layout.positions();
        assert_eq!(pos[5], target);
        let near: Vec<usize> = layout.neighbours(5).iter().map(|&j| j as usize).collect();
        // The dragged node's neighbours follow it…
        for &j in &near {
            assert!(dist(pos[j], target) < dist(old[j], target));
        }
        // …and the rest of the map stays put.
        let far: Vec<f32> = (0..n)
            .filter(|i| *i != 5 && !near.contains(i))
            .map(|i| dist(pos[i], old[i]))
            .collect();
        assert!(median(far) < 0.02 * bbox_size(&old));
    }

    #[test]
    fn steps_reuse_their_buffers() {
        let n = 500;
        let edges = communities(n, 1500, 13);
        let mut layout = Layout::new(n, &edges, &[], 13);
        layout.run(30);
        let capacities = |l: &Layout| {
            [
                l.cells.capacity(),
                l.list.x.capacity(),
                l.list.index.capacity(),
            ]
        };
        let before = capacities(&layout);
        let pointers = (layout.cells.as_ptr(), layout.list.x.as_ptr());
        for _ in 0..20 {
            layout.step();
        }
        assert_eq!(capacities(&layout), before);
        assert_eq!((layout.cells.as_ptr(), layout.list.x.as_ptr()), pointers);
    }

    #[test]
    fn clean_edges_merges_and_normalises() {
        let edges = clean_edges(4, &[(1, 0, 1.0), (0, 1, 3.0), (2, 3, 4.0), (3, 3, 1.0)]);
        assert_eq!(edges, vec![(0, 1, 1.0), (2, 3, 1.0)]);
    }
}
