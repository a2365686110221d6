//! The full analysis at 100, 1 000 and 10 000 projects (twice as many actors), and each
//! part of it at 10 000. Run: `cargo bench --features ssr --bench analysis`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use hankekartta::analysis::{
    analyse, centrality, clusters, cooperation, overlap, synthetic, themes, Dismissed, Index,
};
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

fn parts(c: &mut Criterion) {
    let mut group = c.benchmark_group("part-10000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    let input = synthetic::portfolio(10_000, 42);
    let index = Index::new(&input);
    let none = Dismissed::default();
    group.bench_function("index", |b| b.iter(|| Index::new(&input)));
    group.bench_function("overlap", |b| {
        b.iter(|| overlap::find_pairs(&input, &index, &none))
    });
    group.bench_function("cooperation", |b| {
        b.iter(|| cooperation::opportunities(&input, &index, &none))
    });
    group.bench_function("centrality", |b| {
        b.iter(|| centrality::actor_scores(&input, &index))
    });
    group.bench_function("clusters", |b| {
        b.iter(|| clusters::clusters(&input, &index))
    });
    group.bench_function("themes", |b| b.iter(|| themes::theme_report(&input)));
    group.finish();
}

criterion_group!(benches, full_analysis, parts);
criterion_main!(benches);
