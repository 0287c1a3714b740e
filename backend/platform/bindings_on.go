//go:build bindings

package platform

// GeneratingBindings is true while Wails generates the TypeScript bindings
// (`wails generate module`, and the first step of `wails build`/`wails dev`
// run main once with the "bindings" build tag). The app must not create or
// open the seller's real database then.
const GeneratingBindings = true
