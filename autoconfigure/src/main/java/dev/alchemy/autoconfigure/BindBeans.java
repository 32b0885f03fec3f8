package dev.alchemy.autoconfigure;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import jakarta.persistence.EntityManagerFactory;

import dev.alchemy.engine.EngineConfigurer;
import dev.alchemy.engine.EngineOptions;
import dev.alchemy.url.DatabaseUrl;

/**
 * Builds the beans of one bind the way Spring Boot builds those of the default database:
 * a Hikari pool named after the bind, an entity manager factory with Spring Boot's JPA
 * and Hibernate settings and every {@link HibernatePropertiesCustomizer}, and a
 * transaction manager with every transaction manager customizer.
 */
final class BindBeans {

	private final Environment environment;

	private final BeanFactory beanFactory;

	private final ResourceLoader resourceLoader;

	private final AlchemyProperties properties;

	private final ObjectProvider<EngineConfigurer> engineConfigurer;

	private final ObjectProvider<BindManagedTypes> managedTypes;

	private final JpaProperties jpaProperties;

	private final HibernateProperties hibernateProperties;

	private final ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy;

	private final ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy;

	private final ObjectProvider<HibernatePropertiesCustomizer> hibernatePropertiesCustomizers;

	private final ObjectProvider<SQLExceptionTranslator> sqlExceptionTranslator;

	private final ObjectProvider<TransactionManagerCustomizers> transactionManagerCustomizers;

	BindBeans(Environment environment, BeanFactory beanFactory, ResourceLoader resourceLoader,
			AlchemyProperties properties, ObjectProvider<EngineConfigurer> engineConfigurer, ObjectProvider<BindManagedTypes> managedTypes,
			JpaProperties jpaProperties, HibernateProperties hibernateProperties,
			ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
			ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy,
			ObjectProvider<HibernatePropertiesCustomizer> hibernatePropertiesCustomizers,
			ObjectProvider<SQLExceptionTranslator> sqlExceptionTranslator,
			ObjectProvider<TransactionManagerCustomizers> transactionManagerCustomizers) {
		this.environment = environment;
		this.beanFactory = beanFactory;
		this.resourceLoader = resourceLoader;
		this.properties = properties;
		this.engineConfigurer = engineConfigurer;
		this.managedTypes = managedTypes;
		this.jpaProperties = jpaProperties;
		this.hibernateProperties = hibernateProperties;
		this.physicalNamingStrategy = physicalNamingStrategy;
		this.implicitNamingStrategy = implicitNamingStrategy;
		this.hibernatePropertiesCustomizers = hibernatePropertiesCustomizers;
		this.sqlExceptionTranslator = sqlExceptionTranslator;
		this.transactionManagerCustomizers = transactionManagerCustomizers;
	}

	/**
	 * The bind's engine: a Hikari pool named after the bind, wrapped for statement echo and
	 * query recording and, as Spring Boot does for the default database, for lazy
	 * connection fetching.
	 */
	DataSource dataSource(String key, BindProperties bind) {
		JdbcConnectionDetails details = connectionDetails(key, bind);
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(details.getJdbcUrl());
		pool.setUsername(details.getUsername());
		pool.setPassword(details.getPassword());
		pool.setDriverClassName(details.getDriverClassName());
		DatabaseUrl url = (details instanceof DatabaseUriJdbcConnectionDetails uriDetails) ? uriDetails.getDatabaseUrl()
				: DatabaseUrl.parse(details.getJdbcUrl());
		EngineConfigurer engineConfigurer = this.engineConfigurer.getObject();
		EngineOptions options = engineConfigurer.configure(pool, key, url, bind);
		DataSource dataSource = engineConfigurer.proxy(pool, key, Boolean.TRUE.equals(options.getEcho()));
		if ("lazy".equalsIgnoreCase(this.environment.getProperty("spring.datasource.connection-fetch"))) {
			return new ClosingLazyConnectionDataSourceProxy(dataSource);
		}
		return dataSource;
	}

	/**
	 * Where the bind's engine connects: the {@code <key>JdbcConnectionDetails} bean when
	 * there is one (a Testcontainers container declared for the bind, for example), else
	 * the bind's URI. As with Spring Boot's default database, connection details supplied
	 * by a bean win over the configured URI.
	 */
	private JdbcConnectionDetails connectionDetails(String key, BindProperties bind) {
		String name = BindBean.JDBC_CONNECTION_DETAILS.name(key);
		if (this.beanFactory.containsBean(name)) {
			return this.beanFactory.getBean(name, JdbcConnectionDetails.class);
		}
		DatabaseUriProperty uri = new DatabaseUriProperty(ConfiguredBinds.uriProperty(key, bind), bind.getUri());
		return DatabaseUriJdbcConnectionDetails.of(uri, DatabaseUriProperty.instancePath(this.properties),
				this.resourceLoader.getClassLoader());
	}

	/**
	 * The bind's entity manager factory, over exactly the bind's entities. Settings under
	 * {@code spring.jpa} apply to every bind, except the database and its platform, which
	 * Hibernate detects per bind. Hibernate never changes a bind's schema unless
	 * {@code spring.jpa.hibernate.ddl-auto} says so: use migrations or
	 * {@code db.createAll()}.
	 */
	LocalContainerEntityManagerFactoryBean entityManagerFactory(String key, DataSource dataSource) {
		HibernateJpaVendorAdapter vendorAdapter = new HibernateJpaVendorAdapter();
		vendorAdapter.setShowSql(this.jpaProperties.isShowSql());
		vendorAdapter.setGenerateDdl(this.jpaProperties.isGenerateDdl());
		this.sqlExceptionTranslator.ifUnique(vendorAdapter.getJpaDialect()::setJdbcExceptionTranslator);
		Map<String, Object> jpaProperties = new LinkedHashMap<>(this.jpaProperties.getProperties());
		jpaProperties.putAll(this.hibernateProperties.determineHibernateProperties(this.jpaProperties.getProperties(),
				new HibernateSettings().ddlAuto(() -> "none")
					.hibernatePropertiesCustomizers(hibernatePropertiesCustomizers())));
		return new EntityManagerFactoryBuilder(vendorAdapter, (ignored) -> jpaProperties, null).dataSource(dataSource)
			.managedTypes(this.managedTypes.getObject().forBind(key))
			.persistenceUnit(key)
			.build();
	}

	private List<HibernatePropertiesCustomizer> hibernatePropertiesCustomizers() {
		List<HibernatePropertiesCustomizer> customizers = new ArrayList<>();
		PhysicalNamingStrategy physical = this.physicalNamingStrategy.getIfAvailable();
		ImplicitNamingStrategy implicit = this.implicitNamingStrategy.getIfAvailable();
		customizers.add((properties) -> {
			if (physical != null) {
				properties.put("hibernate.physical_naming_strategy", physical);
			}
			if (implicit != null) {
				properties.put("hibernate.implicit_naming_strategy", implicit);
			}
		});
		customizers.addAll(this.hibernatePropertiesCustomizers.orderedStream().toList());
		return customizers;
	}

	/**
	 * A transaction manager for one entity manager factory, customized as Spring Boot
	 * customizes its own.
	 */
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		JpaTransactionManager transactionManager = new JpaTransactionManager(entityManagerFactory);
		this.transactionManagerCustomizers.ifAvailable((customizers) -> customizers.customize(transactionManager));
		return transactionManager;
	}

	/**
	 * Spring's lazy proxy has no {@code close()}: this one closes the pool behind it when
	 * the context shuts down.
	 */
	static final class ClosingLazyConnectionDataSourceProxy extends LazyConnectionDataSourceProxy
			implements Closeable {

		ClosingLazyConnectionDataSourceProxy(DataSource target) {
			super(target);
		}

		@Override
		public void close() throws IOException {
			if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (IOException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IOException(ex);
				}
			}
		}

	}

}
