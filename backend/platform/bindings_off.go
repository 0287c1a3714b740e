//go:build !bindings

package platform

// GeneratingBindings: see bindings_on.go.
const GeneratingBindings = false
