"""OpenTelemetry for pyex guests: the tracing API (opentelemetry.trace).

Spans recorded here go to the host (through the native _otel channel), which time-stamps them,
gives them ids and returns them with the run's result as children of the run's execution span.
"""
