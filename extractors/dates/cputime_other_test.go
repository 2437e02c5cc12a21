//go:build !linux

package dates

// threadCPU reports that thread CPU time is not measured on this system.
func threadCPU() (int64, func()) { return -1, func() {} }
