import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ALL_CONFIG } from './app-config';

/** Config per area; each namespace validates the environment when the app is created. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: ALL_CONFIG })],
})
export class AppConfigModule {}
