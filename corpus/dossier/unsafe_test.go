package dossier

import "dossier/internal/flat"

func unsafeBytes(words []uint64) []byte { return flat.Bytes(words) }
