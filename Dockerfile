# One image for every claimtrack service; the compose file picks the sub-command.
FROM maven:3.9.11-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true -pl app -am package

FROM eclipse-temurin:21.0.8_9-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* && useradd --system --uid 10001 claimtrack
WORKDIR /opt/claimtrack
COPY --from=build /src/app/target/claimtrack-app.jar ./claimtrack-app.jar
COPY --from=build /src/app/target/lib ./lib
USER claimtrack
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/claimtrack/claimtrack-app.jar"]
CMD ["--help"]
