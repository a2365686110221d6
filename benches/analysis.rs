//! The full analysis at 100, 1 000 and 10 000 projects (twice as many actors).
//! Run: `cargo bench --bench analysis` (add `-- --quick` for a shorter run).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use hankekartta::analysis::{analyse, synthetic, Dismissed};
use std::time::Duration;

fn full_analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyse");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for n in [100, 1_000, 10_000] {
        let input = synthetic::portfolio(n, 42);
        group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
            b.iter(|| analyse(input, &Dismissed::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, full_analysis);
criterion_main!(benches);
