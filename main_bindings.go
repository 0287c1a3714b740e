//go:build bindings

package main

// Binding generation (`wails generate module`, and the first step of
// `wails build`/`wails dev`) runs main once with the "bindings" tag; it must
// not create or open the seller's real database.
const generatingBindings = true
