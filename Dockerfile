# The image of the MirrorAce GitHub Action. On main, GitHub builds it from this file on every run; a release
# publishes it to ghcr.io/<owner>/<repo> for linux/amd64 and linux/arm64, and the release's action.yml runs
# that image instead (docs/releasing.md). Tests and air-gapped builders substitute local base images
# through the two ARGs.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
# Chiseled: the .NET runtime and the few libraries it needs (no shell, no package manager, no ICU, which the
# entrypoint's invariant globalization does without): about half the size of runtime:10.0.
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled

# The build runs on the builder's own platform and compiles for the target's (buildx and podman set
# BUILDPLATFORM and TARGETARCH), so the arm64 image needs no emulation.
FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build
ARG TARGETARCH
WORKDIR /source
# The project files alone first: the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MirrorAce.Core/MirrorAce.Core.csproj src/MirrorAce.Core/
COPY src/MirrorAce.GitHub/MirrorAce.GitHub.csproj src/MirrorAce.GitHub/
COPY src/MirrorAce.Action/MirrorAce.Action.csproj src/MirrorAce.Action/
# ReadyToRun: the entrypoint's code is compiled ahead of time, so the step reaches MirrorAce without waiting
# for the JIT (it runs once per job). Without TARGETARCH (a builder that does not set it), the builder's own.
RUN dotnet restore src/MirrorAce.Action/MirrorAce.Action.csproj -a "${TARGETARCH:-$(dpkg --print-architecture)}" -p:PublishReadyToRun=true
COPY src/MirrorAce.Core/ src/MirrorAce.Core/
COPY src/MirrorAce.GitHub/ src/MirrorAce.GitHub/
COPY src/MirrorAce.Action/ src/MirrorAce.Action/
RUN dotnet publish src/MirrorAce.Action/MirrorAce.Action.csproj -o /app -a "${TARGETARCH:-$(dpkg --print-architecture)}" \
      --no-restore -c Release --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false \
      -p:PublishDocumentationFiles=false -p:PublishReferencesDocumentationFiles=false

# No WORKDIR: GitHub mounts the workspace and makes it the working directory. Root: GitHub requires it (the
# files the step shares with the job belong to the runner's user), and the chiseled image's default is a
# non-root user.
FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.description="MirrorAce GitHub Action: upload artifacts to MirrorAce, output their links and list them in the release's notes."
LABEL org.opencontainers.image.licenses="MIT"
USER 0:0
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "/app/MirrorAce.Action.dll"]
