"""Own the judgement on plain data: entity rules (extract), features, predict with explanations, training, evaluation and the shipped model (imports nothing of ours; never touches the database)."""
