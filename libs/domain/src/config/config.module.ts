import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ALL_CONFIG, setEnvironment } from './app-config';
import { validateEnvironment } from './environment';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: ALL_CONFIG,
      validate: (raw) => {
        const environment = validateEnvironment(raw);
        setEnvironment(environment);
        return { ...environment };
      },
    }),
  ],
})
export class AppConfigModule {}
