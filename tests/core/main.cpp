// The one Catch2 main for the core unit tests; every other file in tests/core
// holds TEST_CASEs only.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
