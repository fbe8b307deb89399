import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class OrganiserSignUpDto {
  @ApiProperty({ example: 'Danish Offshore Cluster' })
  @IsString()
  @Length(2, 200)
  organisationName: string;

  @ApiProperty({ example: 'Mette Jensen' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'mette@cluster.example' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, example: 'correct horse battery' })
  @IsString()
  @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password: string;
}

export class LoginDto {
  @ApiProperty()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}

export class SignInLinkRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'eventId must be a UUID' })
  eventId: string;

  @ApiProperty()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;
}

export class RedeemSignInLinkDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  token: string;
}

export { normaliseEmail };
