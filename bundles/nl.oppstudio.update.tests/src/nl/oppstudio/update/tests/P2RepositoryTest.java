package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.P2Repository;
import nl.oppstudio.update.UpdateException;

/** Reading a p2 repository as the generator writes it (docs/distribution.md). */
class P2RepositoryTest {

	@TempDir
	Path temp;

	@Test
	void readsZippedContentAndArtifactsWithSizeAndChecksum() throws Exception {
		Path folder = FormatRepositories.writeRepository(temp.resolve("repo"), true, "0.2.0", "1.0.0");
		P2Repository repository = P2Repository.read(folder.toUri().toString());
		assertEquals(3, repository.units().size());
		P2Repository.Unit format = repository.units().stream().filter(u -> u.version().equals("1.0.0")).findFirst()
				.orElseThrow();
		assertEquals(FormatRepositories.ID, format.formatId().orElseThrow());
		assertEquals("OPP SWV De Voorbeeldregio (PO)", format.properties().get(P2Repository.NAME));
		assertTrue(repository.units().stream().filter(u -> u.id().equals("nl.oppstudio.editor")).findFirst().orElseThrow()
				.formatId().isEmpty());
		P2Repository.Artifact artifact = repository.artifact(FormatRepositories.BSN, "1.0.0").orElseThrow();
		byte[] jar = Files.readAllBytes(folder.resolve("plugins/" + FormatRepositories.BSN + "_1.0.0.jar"));
		assertEquals(jar.length, artifact.size());
		assertEquals(FormatRepositories.sha256(jar), artifact.sha256());
		assertEquals(folder.resolve("plugins/" + FormatRepositories.BSN + "_1.0.0.jar").toUri(), repository.jar(artifact));
	}

	@Test
	void readsPlainXmlFromAFolderPath() throws Exception {
		Path folder = FormatRepositories.writeRepository(temp.resolve("xml"), false, "1.0.0");
		P2Repository repository = P2Repository.read(folder.toString());
		assertEquals(2, repository.units().size());
		assertNotNull(repository.artifact(FormatRepositories.BSN, "1.0.0").orElseThrow().sha256());
	}

	@Test
	void anUnreachableLocationIsSaidInDutch() {
		UpdateException e = assertThrows(UpdateException.class,
				() -> P2Repository.read(temp.resolve("bestaat-niet").toUri().toString()));
		assertTrue(e.getMessage().startsWith("Het adres voor updates is niet bereikbaar"), e.getMessage());
		UpdateException http = assertThrows(UpdateException.class, () -> P2Repository.read("http://127.0.0.1:9/updates/"));
		assertTrue(http.getMessage().startsWith("Het adres voor updates is niet bereikbaar"), http.getMessage());
	}

	@Test
	void aFolderWithoutRepositoryOrWithBrokenXmlIsABadRepository() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("leeg"));
		UpdateException missing = assertThrows(UpdateException.class, () -> P2Repository.read(empty.toString()));
		assertTrue(missing.getMessage().contains("geen bruikbare updatebron"), missing.getMessage());
		assertTrue(missing.getMessage().contains("content.jar"), missing.getMessage());
		Files.writeString(empty.resolve("content.xml"), "<repository><units>");
		Files.writeString(empty.resolve("artifacts.xml"), "<repository/>");
		UpdateException broken = assertThrows(UpdateException.class, () -> P2Repository.read(empty.toString()));
		assertTrue(broken.getMessage().contains("geen bruikbare updatebron") && broken.getMessage().contains("beschadigd"),
				broken.getMessage());
	}
}
