// Tests against real services on a shared 2-core machine can be slow without being wrong: this is a
// guard against hangs, not a speed target (speed is measured by the benchmarks).
jest.setTimeout(60_000);
