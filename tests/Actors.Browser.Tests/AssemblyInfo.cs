// One collection at a time: each starts a silo and a chromium, and this machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
