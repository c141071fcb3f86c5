# The two commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD_DIR)/demo.db

.PHONY: all deps configure build run test bench package format clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DSUMMIT_BUILD_TESTS=ON -DSUMMIT_BUILD_BENCHMARKS=ON >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the app on the user's own database if --db is given through ARGS,
# otherwise on a demo database kept in the build tree (written once).
run: build
	@if [ -z "$(ARGS)" ] && [ ! -f $(DEMO_DB) ]; then $(BUILD_DIR)/app/summit-brief --demo $(DEMO_DB); fi
	$(BUILD_DIR)/app/summit-brief $(if $(ARGS),$(ARGS),--db $(DEMO_DB))

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The Debian package, build/summit-brief_VERSION-1_ARCH.deb (packaging/CMakeLists.txt).
package: build
	@cd $(BUILD_DIR) && cpack

bench: build
	@$(BUILD_DIR)/tests/bench/summit-bench

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf $(BUILD_DIR)
