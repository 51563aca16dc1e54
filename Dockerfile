# Build stage: the same Maven wrapper a developer uses. Tests run in CI, not in the image build.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp -q -DskipTests -Dspring-javaformat.skip=true package \
 && java -Djarmode=tools -jar target/ruang-zi.jar extract --layers --launcher --destination target/extracted

# Runtime stage: a JRE, a non-root user, the layered application.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system ruangzi && useradd --system --gid ruangzi --home /app ruangzi \
 && mkdir -p /app/data/files && chown -R ruangzi:ruangzi /app
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER ruangzi
ENV RUANGZI_STORAGE_DIR=/app/data/files
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
