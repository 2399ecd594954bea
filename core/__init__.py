"""CNN Playground engine: datasets, architectures, training. Plain PyTorch, no Qt."""
