# Shared by run.sh and test.sh: install what is missing, then configure and build into $1.
# Usage: build_into DIR [extra cmake arguments...]
build_into() {
    local dir=$1
    shift
    bash "$repo/scripts/setup.sh"
    cmake -S "$repo" -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
