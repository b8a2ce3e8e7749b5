"""Reading an article's framing: topics per paragraph, distancing devices, labels, evaluations."""
